a, b, c = [1, 2, 3]
(d, e), f = (4, 5), 6
g, *h = "hello"
*i, j = range(4)
k, *l, m = 1, 2
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError", e)
first, second = {"k1": 1, "k2": 2}
print(first, second)
print(*[1, 2, 3], sep="-")
print(*"abc")
t = 1, 2
print(t, dict(a=1, **{"b": 2}))
