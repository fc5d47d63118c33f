# raise with classes, instances, re-raise and exceptions stored in variables.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e.args))
def r1():
    raise ValueError
def r2():
    raise ValueError("with message")
def r3():
    err = KeyError("stored")
    raise err
def r4():
    try:
        raise IndexError("first")
    except IndexError:
        raise
def r5():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
def r6():
    raise Exception("a", "b", 3)
for f in (r1, r2, r3, r4, r5, r6):
    attempt(f)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as x:
    print("NameError after except")
