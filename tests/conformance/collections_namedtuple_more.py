# namedtuple: construction, access by name and index, immutability, comparisons.
from collections import namedtuple
Point = namedtuple("Point", ("x", "y"))
Color = namedtuple("Color", "r g b")
p = Point(1, 2)
q = Point(x=3, y=4)
c = Color(255, 128, 0)
print(p, q, c, p.x + q.y, p[0], c[-1], len(c))
print(p == (1, 2), p == Point(1, 2), p < q, tuple(p), list(c), sorted([q, p]))
x, y = q
print(x, y, max(c), sum(p), c.g, type(p).__name__, isinstance(p, tuple))
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    Point(1)
except TypeError as e:
    print("TypeError")
print({p: "p"}[Point(1, 2)], hash(p) == hash((1, 2)))
print(p._replace(x=10) if hasattr(p, "_replace") else "no _replace", p._asdict() if hasattr(p, "_asdict") else "no _asdict")
