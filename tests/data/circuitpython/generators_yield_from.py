# mpy-cross:
# Ordinary generators: yield, yield from, send, generator expressions, return values and
# generator-based coroutines. Apart from the magic byte, identical to MicroPython.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return n


def delegate(n):
    result = yield from count(n)
    yield from [1, 2]
    yield from (x * x for x in range(n))
    return result


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


def gen_coroutine(inner):
    value = yield from inner
    return value


squares = (i * i for i in range(10))
print(sum(squares), list(delegate(3)))
