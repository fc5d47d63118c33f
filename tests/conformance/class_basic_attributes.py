# Classes: instance and class attributes, methods, self.

class Counter:
    total = 0

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.total += 1

    def inc(self, by=1):
        self.value += by
        return self

    def show(self):
        return "%s=%d" % (self.name, self.value)


a = Counter("a")
b = Counter("b", 10)
a.inc().inc().inc(5)
b.inc(-3)
print(a.show(), b.show(), Counter.total)
print(a.total, b.total, a.total is Counter.total)
a.total = 100
print(a.total, b.total, Counter.total)
print(Counter.inc(b, 1).show())
m = a.show
print(m())
print(type(a).__name__, a.__class__.__name__, a.__class__ is Counter)


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [e.x]
print(e.x, e.y)
try:
    print(e.z)
except AttributeError:
    print("AttributeError for e.z")


class WithDoc:
    "A class with a docstring."
    value = 3

    def get(self):
        "Method docstring."
        return self.value


print(WithDoc().get())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


pts = [Point(i, i * i) for i in range(4)]
print([p.dist2(pts[0]) for p in pts])
print(sorted(vars(pts[1]).items()) if False else sorted(pts[1].__dict__.items()))
