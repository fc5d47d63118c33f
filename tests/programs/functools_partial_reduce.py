# functools.partial, reduce, wraps.
from functools import partial, reduce, wraps


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), square(11), two_to(10))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, c: acc + c.upper(), "abc", ">"))
try:
    reduce(lambda a, b: a, [])
except Exception as e:
    print("reduce of empty sequence raised", type(e).__name__)
print(reduce(lambda a, b: a + b, [], "init"))


def logged(fn):
    @wraps(fn)
    def wrapper(*a):
        print("  calling", fn.__name__)
        return fn(*a)
    return wrapper


@logged
def mul(a, b):
    return a * b


print(mul(6, 7))
print(mul.__name__)
join_dash = partial("-".join)
print(join_dash(["a", "b", "c"]))
p = partial(print, "prefix:", sep="|")
p(1, 2)
adders = [partial(lambda a, b: a + b, k) for k in range(3)]
print([f(10) for f in adders])
flat = reduce(lambda a, b: a + b, [[1], [2, 3], [4]], [])
print(flat)
