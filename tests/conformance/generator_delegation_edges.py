# yield from a non-generator iterator: StopIteration from its next ends the delegation
# with a value, close() and throw() reach the iterator's own methods, and values thrown
# are passed on as they are; a StopIteration raised inside a for loop's iterator ends it.
def stop_at_3(x):
    if x < 3:
        return x
    raise StopIteration(444)


for x in map(stop_at_3, range(10)):
    print("for", x)
try:
    print(list(map(stop_at_3, range(10))))
except StopIteration as e:
    print("StopIteration", e)


def delegate(it):
    r = yield from it
    print("result", r)


print(list(delegate(map(stop_at_3, range(5)))))


class Raw:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, x):
        print("throw got", x)
        return 456

    def close(self):
        print("close called")


g = delegate(Raw())
print(next(g))
g.close()
g = delegate(Raw())
print(next(g), g.throw(123), g.throw(ZeroDivisionError))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 2


for thrown in (ValueError, ValueError("v"), StopIteration, 123):
    g = delegate(NoThrow())
    next(g)
    try:
        g.throw(thrown)
    except Exception as e:
        print(repr(thrown), "->", type(e).__name__, e)


def inner():
    try:
        yield 123
    except GeneratorExit:
        print("inner GeneratorExit")


def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer GeneratorExit")
    yield 789


for thrown in (GeneratorExit, GeneratorExit()):
    g = outer()
    print(next(g), g.throw(thrown))


def over_range():
    yield from range(2)
    print("not reached")


g = over_range()
print(next(g))
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError", e)
g = over_range()
next(g)
g.close()
print("closed")
