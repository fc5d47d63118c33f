def inner(n):
    for i in range(n):
        r = yield i
        if r:
            print("inner got", r)
    return n * 10
def outer():
    a = yield from inner(2)
    b = yield from inner(3)
    yield a + b
print(list(outer()))
g = outer(); print(next(g), g.send("hi"), next(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
