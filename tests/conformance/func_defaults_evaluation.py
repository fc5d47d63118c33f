# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
n = 10
def f(a=n, b=n * 2):
    return a, b
n = 99
print(f(), f(1), f(b=5), f.__name__)
def g(a, b=2, *rest, c=3, d, **kw):
    return a, b, rest, c, d, sorted(kw.items())
print(g(1, d=4), g(1, 5, 6, 7, d=8, e=9), g(a=0, d=0, c=1, z=2))
def none_default(x=None):
    if x is None:
        x = []
    x.append(len(x))
    return x
print(none_default(), none_default(), none_default([7]))
