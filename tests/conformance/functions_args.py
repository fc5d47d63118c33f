def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, sorted(kw.items())
print(f(1), f(1, 2, 3, 4), f(1, c=9, d=4), f(*[5, 6, 7], **{"c": 0, "e": 1}))
def g(*, k):
    return k
print(g(k=3))
try:
    g()
except TypeError as e:
    print("TypeError", e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), (lambda x, y=1: x + y)(2))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(zip("ab", [1, 2, 3])), list(enumerate("xy", 1)))
