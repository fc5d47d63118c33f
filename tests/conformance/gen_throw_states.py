# throw() into generators in different states.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    yield "end"
a = g()
print(next(a), a.throw(ValueError("v1")), next(a))
b = g()
try:
    b.throw(ValueError("early"))
except ValueError as e:
    print("not started:", e)
c = g()
next(c)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("finished after throw")
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring exit")
            yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def thrower():
    yield 1
t = thrower()
next(t)
try:
    t.throw(TypeError)
except TypeError as e:
    print("type only", repr(e))
