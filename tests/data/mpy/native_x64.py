# mpy-cross: -march=x64 -X emit=native
# Whole module compiled with the native emitter for x86-64: every raw code is MP_CODE_NATIVE_PY
# (machine code followed by a bytecode-style prelude) and the object table gets the mp_fun_table marker.


class Accumulator:
    def __init__(self, start=0):
        self.total = start

    def add(self, *values, scale=1):
        for v in values:
            self.total += v * scale
        return self.total


def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        pass


def counter(limit):
    def step(x):
        return x + limit

    return [step(i) for i in range(limit)]


def gen(n):
    for i in range(n):
        yield i * 2


acc = Accumulator(1)
acc.add(1, 2, 3, scale=2)
print(fib(20), safe_div(1, 0), counter(3), list(gen(3)), acc.total, 1.5, "long native string constant")
