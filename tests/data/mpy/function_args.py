# mpy-cross:
# Parameters and calls: defaults, keyword-only (with and without defaults), *args, **kwargs,
# MAKE_FUNCTION_DEFARGS, CALL_FUNCTION_VAR_KW and CALL_METHOD_VAR_KW.


def plain(a, b, c):
    return a + b + c


def with_defaults(a, b=2, c=3):
    return a * b * c


def kwonly(a, *, key, reverse=False, limit=10):
    return (a, key, reverse, limit)


def kwonly_no_defaults(*, x, y):
    return x - y


def varargs(first, *rest):
    return first, rest


def varkw(**options):
    return sorted(options)


def everything(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


class Greeter:
    def greet(self, *names, sep=" ", **extra):
        return sep.join([str(n) for n in names]) + str(extra)


nums = [1, 2, 3]
opts = {"c": 5, "d": 6}
extra = {"f": 7, "g": 8}
g = Greeter()
print(plain(1, 2, 3), with_defaults(1), with_defaults(1, c=5), kwonly(1, key=len))
print(kwonly_no_defaults(y=1, x=2), varargs(*nums), varargs(0, *nums), varkw(**opts))
print(everything(*nums, **opts), everything(0, *nums, c=1), everything(1, 2, 3, c=4, e=5, **extra))
print(g.greet("a", "b"), g.greet(*nums), g.greet(**opts), g.greet("x", *nums, sep="-", **opts))
print(plain(*nums), g.greet(*["z"], sep=""), max(*nums, key=None), dict(a=1, **opts))
