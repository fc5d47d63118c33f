# Tuples: construction, methods, comparison, immutability, nesting.

t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[2], t[-1], t[2:5])
print(t.count(1), t.index(5), 9 in t, 7 not in t)
print(() == tuple(), (1,) == tuple([1]), tuple("abc"))
print((1, 2) + (3,), (0,) * 4, (1, 2) * 0)
print(max(t), min(t), sum(t), sorted(t))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print((1, "a") == (1, "a"), (1, 2) != (2, 1))
try:
    t[0] = 5
except TypeError:
    print("TypeError: tuple is immutable")
try:
    t.index(100)
except ValueError:
    print("ValueError: not in tuple")
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
single = 5,
print(single, type(single).__name__)
a, b, c = t[:3]
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(tuple(x * 2 for x in range(4)))
print(repr(()), repr((1,)), str((1, "s", None)))
print(list(enumerate((10, 20))))
print(tuple(reversed(t)))
