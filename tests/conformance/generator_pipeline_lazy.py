# Generator pipelines are lazy: each stage pulls one item at a time.
log = []
def source(n):
    for i in range(n):
        log.append("src%d" % i)
        yield i
def square(it):
    for x in it:
        log.append("sq%d" % x)
        yield x * x
def take(it, k):
    for _ in range(k):
        yield next(it)
pipe = take(square(source(100)), 3)
print(log)
print(list(pipe))
print(log)
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))), list(running_total([])))
g = (c.upper() for c in "abc")
print(next(g), "".join(g))
