# Calls that unpack iterables and mappings.
def show(*args, **kw):
    return args, sorted(kw.items())
print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"x": 1}, y=2))
print(show(0, *range(3), k=1, **{"m": 2}))
def point(x, y, z=0):
    return x * 100 + y * 10 + z
print(point(*(1, 2)), point(*[1], **{"y": 5}), point(**dict(x=1, y=1, z=1)))
args = (4, 5)
kwargs = {"z": 6}
print(point(*args, **kwargs), point(*args, z=9))
print(max(*[3, 9, 2]), min(*"zay"), print(*[], sep="-"))
def gen():
    yield 1
    yield 2
print(show(*gen()), show(*{"a": 1}), list(zip(*[(1, 2), (3, 4)])))
