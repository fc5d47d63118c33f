# Generators: send(), throw(), close(), return values, yield from.

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("  got", x)
    except ValueError as e:
        print("  throw caught:", e)
        yield "after-throw"
    finally:
        print("  echo finally, received", received)


g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")


def ret():
    yield 1
    return "done"


g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def inner():
    a = yield "i1"
    b = yield "i2"
    return (a, b)


def outer():
    r = yield from inner()
    print("  inner returned", r)
    yield "o1"


g = outer()
print(next(g))
print(g.send("x"))
print(g.send("y"))


def gen_close():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise


g = gen_close()
next(g)
g.close()

try:
    g2 = echo()
    g2.send(5)
except TypeError as e:
    print("TypeError on send to fresh generator")

print(list(x * x for x in range(5)))
