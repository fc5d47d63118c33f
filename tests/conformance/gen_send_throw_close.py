def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("got KeyError", e)
        yield "recovered"
    finally:
        print("finally runs")
g = guarded()
print(next(g), g.throw(KeyError("k")))
g.close()
g = guarded(); print(next(g)); g.close(); print("closed")
def never():
    yield 1
g = never()
g.close()
print(list(g))
try:
    g = guarded(); next(g); g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
