# Keyword-only arguments with and without defaults, mixed with *args and **kwargs.
def f(a, *args, k1, k2="d2", **kw):
    return a, args, k1, k2, sorted(kw.items())
print(f(1, k1="x"))
print(f(1, 2, 3, k1="x", k2="y", z=0))
def g(*, only):
    return only
print(g(only=5))
def h(a, b=1, *, c, d=4):
    return a + b + c + d
print(h(1, c=10), h(1, 2, c=3, d=4), h(a=0, c=0, b=0, d=0))
for call in (lambda: f(1), lambda: g(1), lambda: h(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
lam = lambda x, *, y=2: x * y
print(lam(3), lam(3, y=5))
