# Lambdas and default arguments.

add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(x=1, y=2))
print((lambda a, *, b: a - b)(10, b=3))

# default evaluated once at definition time
def append_to(v, target=[]):
    target.append(v)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))

def safe_append(v, target=None):
    if target is None:
        target = []
    target.append(v)
    return target

print(safe_append(1), safe_append(2))

counter = 5
def snap(v=counter):
    return v
counter = 99
print(snap())

def many(a, b=2, c=3, *rest, d=4, e=5, **kw):
    return (a, b, c, rest, d, e, sorted(kw.items()))

print(many(1))
print(many(1, 20, 30, 40, 50, d=0, z=9))
print(many(a=7, e=8))
print(sorted([3, -1, 2], key=lambda n: (n % 2, n)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
try:
    many()
except TypeError:
    print("TypeError: missing argument")
