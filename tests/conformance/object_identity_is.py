# Identity versus equality for mutable objects, None and singletons.

a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, b is not c)
b.append(3)
print(a, c)
print(None is None, type(None)() is None if False else True)


def returns_none():
    pass


print(returns_none() is None, print("side effect") is None)
x = object()
y = object()
print(x is x, x is y, x == y, x != y)
d1 = {"k": [1]}
d2 = dict(d1)
print(d1 == d2, d1 is d2, d1["k"] is d2["k"])
t = (a, c)
print(t[0] is a, t[1] is c)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2)
e1 = ()
e2 = tuple()
print(e1 == e2, len(e1))
print(True is (1 == 1), False is (1 == 2))
print([] is [], [] == [])
nested = [[0] * 2] * 2
print(nested[0] is nested[1])
fresh = [[0] * 2 for _ in range(2)]
print(fresh[0] is fresh[1])
f = returns_none
print(f is returns_none, f == returns_none)
