# yield from: delegation, return values, nested generators, iterables.

def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def sub(n):
    for i in range(n):
        yield i
    return n * 10


def main():
    total = 0
    for n in (2, 3):
        r = yield from sub(n)
        print("  sub returned", r)
        total += r
    return total


g = main()
vals = []
try:
    while True:
        vals.append(next(g))
except StopIteration as e:
    print(vals, "total", e.value)


def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from range(3, 5)
    yield from (x for x in "z")


print(list(from_iterables()))


def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v


def collector(results):
    while True:
        r = yield from accumulate()
        results.append(r)


res = []
c = collector(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)
