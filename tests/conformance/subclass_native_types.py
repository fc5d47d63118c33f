# Subclasses of int, float, tuple, set and list keep the native behaviour.
class I(int):
    def __add__(self, o):
        return "IADD"
i = I(5)
print(i, i + 1, i * 2, int(i), i == 5, -i, i < 6)
class T(tuple):
    pass
t = T([1, 2])
print(t, len(t), t[0], t + (3,), hash(t) == hash((1, 2)))
class E(list):
    pass
e = E()
try:
    print(hash(e))
except TypeError as x:
    print("TypeError", x)
e.append(1)
print(e, e.__class__.__name__, isinstance(e, list), issubclass(E, list), type(e) is E)
class F(float):
    pass
print(F(2.5), F(2.5) * 2, F("1.5"))
class St(set):
    pass
s = St([1, 2])
s.add(3)
print(sorted(s), 2 in s, len(s), s | {9} == {1, 2, 3, 9})
class Deep(E):
    def total(self):
        return sum(self)
dd = Deep([1, 2, 3])
dd.append(4)
print(dd, dd.total(), isinstance(dd, list), isinstance(dd, E), len(dd), dd[1:3])
