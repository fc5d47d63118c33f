# A generator cannot be resumed while running; StopIteration raised inside a generator.
def selfref():
    yield next(g)
g = selfref()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
def raises_stop():
    yield 1
    raise StopIteration("explicit")
out = []
try:
    for x in raises_stop():
        out.append(x)
except Exception as e:
    print(type(e).__name__, e)
print(out)
def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))
def gen_with_try():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
k = gen_with_try()
next(k)
k.close()
print("closed")
