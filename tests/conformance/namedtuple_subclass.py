# Classes derived from namedtuple types: fields, tuple behaviour, methods and mixins.
from collections import namedtuple

Base = namedtuple("Point", ["x", "y"])


class Point(Base):
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)


p = Point(3, -4)
print(p.x, p.y, p[0], p[-1], len(p), list(p), p.norm1())
q = p.scaled(2)
print(q.x, q.y, type(q).__name__, isinstance(q, Point), isinstance(q, Base), isinstance(q, tuple))
a, b = p
print(a, b, p == (3, -4), tuple(p), p[:1], 3 in p)
r = Point(y=1, x=2)
print(r.x, r.y)
try:
    p.z
except AttributeError:
    print("AttributeError")


class Mixin:
    def describe(self):
        return "<%s %r>" % (type(self).__name__, tuple(self))


class Tagged(Base, Mixin):
    pass


t = Tagged(5, 6)
print(t.describe(), t.x + t.y, sorted(t, reverse=True), hash(t) == hash((5, 6)))
try:
    Point(1)
except TypeError:
    print("TypeError")
