# Reflected (__radd__) and in-place (__iadd__) operators, and the fallbacks between them.
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, int):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __repr__(self):
        return "V%r" % (tuple(self.c),)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = V(1, 2)
print(a + V(3, 4), a + 10, 10 + a, a * 3, 3 * a, -a, abs(a))
b = a
b += V(1, 1)
print(a, b, a is b)
acc = Acc()
ref = acc
acc += 1
acc += "two"
print(acc.items, acc is ref)
try:
    a + "s"
except TypeError as e:
    print("TypeError", e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
