# mpy-cross:
# Generators: yield, yield as an expression, yield from (GET_ITER/YIELD_FROM), generator
# expressions, generator lambdas, send() protocol.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def echo():
    received = None
    while True:
        received = yield received
        if received is None:
            return "stopped"


def chain(*iterables):
    for it in iterables:
        result = yield from it
    return result


def delegate():
    value = yield from echo()
    yield value


squares = (x * x for x in range(5))
evens = (x for x in range(10) if x % 2 == 0)
pairs = ((a, b) for a in range(3) for b in "xy")
gen_lambda = lambda: (yield 42)
print(list(count_up(3)), list(chain([1, 2], "ab", count_up(2))), sum(squares), list(evens), list(pairs))
e = echo()
next(e)
print(e.send(5), list(gen_lambda()), sum(x for x in [1, 2, 3]), list(delegate()))
