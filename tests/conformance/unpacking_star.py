# Tuple/list unpacking, starred targets, star args in calls and displays.

a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q = (9,)
print(p, q)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, [g, h]] = [6, [7, 8]]
print(f, g, h)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)

try:
    u, v = [1, 2, 3]
except ValueError:
    print("ValueError: too many values")
try:
    u, v, w = [1, 2]
except ValueError:
    print("ValueError: not enough values")


def f3(a, b, c):
    return a * 100 + b * 10 + c


args = [1, 2, 3]
print(f3(*args))
print(f3(1, *[2, 3]))
print(f3(*(1,), *(2, 3)))
kw = {"c": 3, "b": 2}
print(f3(1, **kw))
print(f3(**{"a": 4}, **{"b": 5, "c": 6}))

print(list(range(3)) + list("ab") + [9])
m = {"x": 1}
n = dict(m, y=2, **{"x": 10})
print(sorted(n.items()))


def star_all(*args, **kwargs):
    return args, sorted(kwargs.items())


print(star_all())
print(star_all(1, 2, z=3, a=4))
print(star_all(*"hi", **{"k": 0}))
