# generator.throw(type, value): a value other than None is what gets raised.
def gen():
    while True:
        try:
            yield 1
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError(7), None)
g.throw(KeyError, KeyError("k"))
g.throw(TypeError, ValueError(1, 2))
try:
    g.throw(ValueError, 5)
except TypeError as e:
    print("TypeError", e)
