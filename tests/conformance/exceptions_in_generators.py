# Exceptions raised inside generators and their effect on iteration.

def risky(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad item %d" % i)
        yield i


out = []
try:
    for v in risky(10):
        out.append(v)
except ValueError as e:
    print("stopped:", e, out)

g = risky(5)
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError:
    print("raised once")
try:
    next(g)
except StopIteration:
    print("finished after exception")


def guarded():
    for i in range(3):
        try:
            yield i
        except KeyError:
            print("  recovered from KeyError at", i)
            yield "recovered"


g = guarded()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g), next(g))


def stop_inside():
    yield 1
    raise StopIteration


try:
    print(list(stop_inside()))
except RuntimeError as e:
    print("RuntimeError", type(e).__name__)


def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup")


for x in with_finally():
    print(x)
    break
print("after break")
