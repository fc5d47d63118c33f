# Operator overloading and special methods.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __contains__(self, v):
        return v == self.x or v == self.y

    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __hash__(self):
        return self.x * 31 + self.y


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(repr(a), str(b), [a, b])
print(a == Vec(1, 2), a != b, a < b, a == 5)
print(len(a), a[0], a[1], list(a))
print(2 in a, 7 in a)
print(bool(Vec(0, 0)), bool(a))
print(a(10))
print(sorted([b, a, Vec(0, 9)]))
print(len({a, Vec(1, 2), b}))
c = a
c += b
print(c, a)


class Acc:
    def __init__(self):
        self.v = []

    def __iadd__(self, x):
        self.v.append(x)
        return self


acc = Acc()
acc += 1
acc += 2
print(acc.v)
