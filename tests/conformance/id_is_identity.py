# id() and `is`: identity of objects, small ints, None, and copies.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, type(None)() is None if False else True, () is (), "" == "")
x = 300
y = 300
print(x == y, id(x) == id(x))
def f():
    return []
print(f() is f(), f() == f())
d = {}
print(d.get("k") is None, d.setdefault("k", a) is a)
class O:
    pass
o1, o2 = O(), O()
print(o1 is o2, o1 is not o2, id(o1) != id(o2), hash(o1) == hash(o1))
t = (1, 2)
print(t is tuple(t) or True, len({id(o1), id(o2), id(o1)}))
