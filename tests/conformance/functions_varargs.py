def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], **{"x": 4}), f(*"ab", *(1,), y=2, **{"z": 3}))
def g(a, b, c=3, *rest, d, e=5, **kw):
    return (a, b, c, rest, d, e, sorted(kw.items()))
print(g(1, 2, d=4), g(1, 2, 3, 4, 5, d=6, e=7, f=8), g(*[1, 2], **{"d": 0}))
def defaults(x, l=[]):
    l.append(x)
    return l
print(defaults(1), defaults(2), defaults(3, []))
def kwonly(a, *, b=2, c):
    return a + b + c
print(kwonly(1, c=3), kwonly(1, b=10, c=1))
print((lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(x=1, y=2))
def named(first, second):
    return first - second
print(named(second=1, first=10))
try:
    named(1, first=2)
except TypeError as e:
    print("TypeError", e)
try:
    named(1, third=2)
except TypeError as e:
    print("TypeError", e)
