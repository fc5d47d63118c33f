# Context managers: return values of __enter__, suppression, nesting, exceptions in __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
