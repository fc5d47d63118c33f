# Generator return values, StopIteration.value and close().
def g():
    x = yield 1
    y = yield x + 1
    return x + y
it = g()
print(next(it), it.send(10))
try:
    it.send(5)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def h():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
k = h()
print(next(k))
print(k.close())
print(k.close())
try:
    next(k)
except StopIteration:
    print("exhausted")
def unstarted():
    print("never")
    yield 1
u = unstarted()
u.close()
try:
    next(u)
except StopIteration:
    print("closed before start")
def empty():
    return 7
    yield
try:
    next(empty())
except StopIteration as e:
    print("value", e.value)
