def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield 99
print(list(deleg()))
print(sum(x * x for x in range(5)), list(x for x in "ab"))
def t():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = t(); print(next(g)); g.close()
def th():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
g = th(); next(g); print(g.throw(ValueError("v")))
