# mpy-cross:
# Closures: MAKE_CLOSURE, MAKE_CLOSURE_DEFARGS, LOAD_DEREF/STORE_DEREF, nonlocal, several cells.


def make_counter(start):
    count = start

    def incr(step=1):
        nonlocal count
        count += step
        return count

    return incr


def make_pair(a, b):
    def first():
        return a

    def second():
        return b

    def both(sep=", ", *, prefix="<"):
        return prefix + str(a) + sep + str(b)

    return first, second, both


def outer():
    x = 1
    y = 2

    def middle():
        z = 3

        def inner():
            nonlocal x
            x = x + y + z
            return x

        return inner()

    return middle()


def adders(n):
    return [lambda v, i=i: v + i + n for i in range(n)]


def cell_param(value):
    def get():
        return value

    value = value * 2
    return get()


c = make_counter(10)
c()
c(5)
f, s, b = make_pair(1, 2)
print(f(), s(), b(), b(sep="-", prefix="["), outer(), [g(1) for g in adders(3)], cell_param(4))
