# Unpacking: star targets, nested targets and the error messages.
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*e, f = "xyz"
print(e, f)
g, *h, i = range(5)
print(g, h, i)
for bad in ((1, 2, 3), (1,), 5, None):
    try:
        x, y = bad
        print(x, y)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    p, q, *r = [1]
except ValueError as err:
    print("ValueError", err)
first, second = {"k1": 1, "k2": 2}
print(sorted([first, second]))
(m, n), o = "ab", "c"
print(m, n, o)
for k, (v1, v2) in enumerate([(1, 2), (3, 4)]):
    print(k, v1 + v2)
