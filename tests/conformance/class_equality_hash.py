# __eq__ and __hash__ for use in sets and dict keys.

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)


k1 = Key(1, "x")
k2 = Key(1, "x")
k3 = Key(2, "y")
print(k1 == k2, k1 is k2, k1 != k3, k1 == (1, "x"))
s = {k1, k2, k3}
print(len(s))
d = {k1: "first"}
d[k2] = "second"
print(len(d), d[Key(1, "x")])
print(Key(2, "y") in s, Key(3, "z") in s)


class NoHash:
    def __eq__(self, other):
        return True

    __hash__ = None


try:
    {NoHash()}
except TypeError:
    print("TypeError: unhashable")
print(NoHash() == 5)


class Ident:
    pass


x = Ident()
y = Ident()
print(x == x, x == y, x != y)
print(len({x, y, x}))
counts = {}
for k in [Key(1, 1), Key(2, 2), Key(1, 1), Key(1, 1)]:
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.a, v) for k, v in counts.items()))
print([Key(0, 0)].count(Key(0, 0)), [Key(0, 0)].index(Key(0, 0)))
