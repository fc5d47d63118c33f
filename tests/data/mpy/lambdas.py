# mpy-cross:
# Lambdas: plain, with defaults, keyword-only, varargs, nested, closing over locals, immediately called.

add = lambda a, b: a + b
inc = lambda x, step=1: x + step
kw = lambda *, key=None, rev=False: (key, rev)
var = lambda *args, **kwargs: (len(args), len(kwargs))
curry = lambda a: lambda b: lambda c: a + b + c
pick = lambda cond: "yes" if cond else "no"
noargs = lambda: None


def make_ops(k):
    return [lambda x: x + k, lambda x: x * k, lambda x, k=k: x - k]


print(add(1, 2), inc(1), inc(1, 5), kw(key=len), var(1, 2, z=3), curry(1)(2)(3), pick(0), noargs())
print([op(10) for op in make_ops(3)], (lambda x: x * 2)(21), sorted([3, 1, 2], key=lambda v: -v))
