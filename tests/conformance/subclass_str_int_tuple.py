# Subclassing str, int and tuple.
class Tag(str):
    def wrap(self):
        return "<%s>" % self
t = Tag("b")
print(t, t.wrap(), t.upper(), len(t), t == "b", isinstance(t, str), type(t).__name__)
class Money(int):
    def __str__(self):
        return "$%d" % int(self)
m = Money(5)
print(m, m + 3, m * 2, isinstance(m, int), int(m), repr(int(m)))
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p, p.first(), len(p), p[1], p + (3,), isinstance(p, tuple))
