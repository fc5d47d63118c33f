# mpy-cross:
# Parser-level folding and dead code: constant arithmetic/logic folding, math constants,
# constant conditions that remove branches, code after return (still compiled, children kept),
# asserts (kept at -O0), `if __debug__:` (True at -O0), conditional expressions with constant tests.
import math

KB = 1 << 10
MASK = ~0xFF & 0xFFFF
RATIO = 1 / 4
POWER = 2**-1
TAU = math.tau * 2
NEGATED = not 0
PICKED = 0 or "fallback"
BOTH = 1 and 2


def constant_branches(x):
    if False:
        print("never compiled")
    elif 0:
        print("also never")
    elif x:
        x += 1
    while 0:
        x -= 1
    else:
        x *= 2
    if 1:
        x += 3
    else:
        x -= 3
    y = 5 if 1 else 6
    z = 5 if 0 else 6
    return x, y, z


def after_return(x):
    return x + 1

    def unreachable_child():
        return "still saved"

    x = unreachable_child()
    raise RuntimeError("dead")


def asserts(x):
    assert x
    assert x > 0, "x must be positive"
    if __debug__:
        x += 100
    return x


def return_if_expr(a, b):
    return a if a > b else b


print(KB, MASK, RATIO, POWER, TAU, NEGATED, PICKED, BOTH)
print(constant_branches(1), after_return(1), asserts(1), return_if_expr(3, 4))
