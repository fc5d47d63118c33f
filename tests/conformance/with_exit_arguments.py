# __exit__ receives the exception type, value and traceback; its return value decides.
class Recorder:
    def __init__(self, swallow):
        self.swallow = swallow
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is None)
        return self.swallow
r = Recorder(False)
with r:
    pass
print(r.seen)
r = Recorder(True)
with r:
    raise KeyError("k")
print(r.seen)
r = Recorder(0)
try:
    with r:
        raise ValueError("v")
except ValueError as e:
    print("propagated", e, r.seen)
r = Recorder("truthy")
with r as same:
    1 / 0
print(same is r, r.seen)
