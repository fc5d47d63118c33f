def g():
    yield 1
gen = g()
print(type(gen).__name__)
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
try:
    next(gen)
except StopIteration:
    print("still exhausted")
def early():
    return 5
    yield
try:
    next(early())
except StopIteration as e:
    print("value", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
