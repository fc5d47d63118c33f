# mpy-cross: -march=x64 -X emit=viper
# Whole module compiled with the viper emitter for x86-64 (MP_CODE_NATIVE_VIPER records).
# Functions stay type-simple: machine-int arithmetic with `int` annotations and plain loops.


def add(a: int, b: int) -> int:
    return a + b


def sum_to(n: int) -> int:
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def mix(x: int) -> int:
    y = x << 3
    y = y ^ (x >> 1)
    y = y & 0xFFFF
    return y | 1


def countdown(n: int) -> int:
    steps = 0
    while n > 0:
        n -= 2
        steps += 1
    return steps


print(add(2, 3), sum_to(10), mix(77), countdown(9))
