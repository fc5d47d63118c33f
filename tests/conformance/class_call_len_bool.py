# __call__, __len__ and __bool__ and how truthiness falls back to __len__.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), c(step=2), callable(c))
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for o in (Sized(0), Sized(3), Flag(True), Flag(False)):
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
print(len(Sized(7)), [x for x in (Sized(0), Sized(1)) if x].__len__())
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
