# User __hash__/__eq__ decide membership in sets and dict keys.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
d = {P(0, 0): "origin"}
print(d[P(0, 0)], d.get(P(0, 1)), P(1, 1) == P(1, 1), P(1, 1) != P(1, 2), P(1, 1) == 5)
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}), hash(a) == hash(a))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
print(NoHash() == 3, [NoHash()].count(1), 5 in [NoHash()])
