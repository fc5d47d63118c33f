# raise ... from ..., exception chaining attributes, re-raising.

class AppError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError("bad number: " + s) from e


print(parse("12"))
try:
    parse("x1")
except AppError as e:
    print("AppError:", e)
    print("args:", e.args)

try:
    raise AppError("no cause") from None
except AppError as e:
    print("from None ok:", e)


def layers(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        layers(n - 1)
    except KeyError as e:
        raise ValueError("level %d" % n) from e


try:
    layers(2)
except ValueError as e:
    print("top:", e)

try:
    raise TypeError
except TypeError as e:
    print("class raised:", type(e).__name__, e.args)

try:
    raise ValueError("a", 1, [2])
except ValueError as e:
    print(e.args, str(e))

err = RuntimeError("prebuilt")
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(i, e is err, e)
