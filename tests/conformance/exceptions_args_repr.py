# Exception args, str and repr for zero, one and many arguments.
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError(), IndexError("i", "j")):
    print(type(e).__name__, repr(str(e)), e.args, repr(e))
class MyErr(Exception):
    pass
m = MyErr("x", 1)
print(m.args, str(m), repr(m), isinstance(m, Exception))
try:
    raise MyErr
except MyErr as e:
    print("class raised", e.args, repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
print(str(OSError(2, "no file")), OSError(2, "x").args, StopIteration(5).value)
