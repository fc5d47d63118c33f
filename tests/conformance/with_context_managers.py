# Context managers: __enter__/__exit__, exception suppression, nesting.

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc.args)
        return self.suppress


with CM("a") as v:
    print("body got", v)

with CM("outer") as o, CM("inner") as i:
    print("two managers", o, i)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("n"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside", e.args)


def early_return():
    with CM("ret"):
        return "returned"


print(early_return())

for k in range(3):
    with CM("loop%d" % k):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *args):
        Resource.opened -= 1


with Resource() as r1:
    with Resource() as r2:
        print("open count", Resource.opened)
print("open count", Resource.opened)

with CM("nested-sup", True):
    with CM("nested-inner"):
        1 / 0
print("done")
