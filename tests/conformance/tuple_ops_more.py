t = (3, 1, 4, 1, 5)
print(t[1:3], t[-1], len(t), t.count(1), t.index(4), 4 in t, min(t), max(t), sum(t))
a, b, *rest = t; print(a, b, rest)
*init, last = t; print(init, last)
x, (y, z) = 1, (2, 3); print(x, y, z)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5), () < (0,), tuple("ab") + (1,))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
