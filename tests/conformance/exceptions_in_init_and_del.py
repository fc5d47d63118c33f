# Exceptions raised from __init__, from properties and from __iter__/__next__.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
for v in (1, -1):
    try:
        s = Strict(v)
        print("made", s.v)
    except ValueError as e:
        print("ValueError", e)
class Lazy:
    @property
    def value(self):
        raise KeyError("no value yet")
try:
    Lazy().value
except KeyError as e:
    print("KeyError from property", e)
class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("inside next")
try:
    for x in BadIter():
        pass
except KeyError as e:
    print("KeyError", e)
try:
    list(BadIter())
except KeyError as e:
    print("KeyError from list()", e)
