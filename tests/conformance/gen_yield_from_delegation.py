# yield from: values, send, return values and exceptions through the delegation.
def inner():
    got = yield "i1"
    print("inner got", got)
    got2 = yield "i2"
    print("inner got", got2)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o), o.send("a"), o.send("b"))
def failing():
    yield 1
    raise ValueError("inner failed")
def wrap():
    try:
        yield from failing()
    except ValueError as e:
        yield "handled " + str(e)
print(list(wrap()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def catching():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def deleg():
    yield from catching()
d = deleg()
next(d)
print(d.throw(KeyError()))
