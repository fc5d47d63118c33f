# str() and repr() of exceptions with different argument counts.

cases = [
    Exception(),
    Exception("one"),
    Exception("two", 2),
    ValueError(42),
    KeyError("key"),
    KeyError(1, 2),
    IndexError(),
    RuntimeError(""),
    StopIteration(5),
    ZeroDivisionError("zero"),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)


class Custom(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom text"


print(repr(Custom("c")), str(Custom("a", "b")))
print(str(WithStr("ignored")), WithStr("x").args)
print(StopIteration(7).value, StopIteration().value)
try:
    raise Custom("raised", 1)
except Custom as e:
    print("caught", e.args, len(e.args))
e = ValueError("msg")
print(e.args[0] + "!", isinstance(e.args, tuple))
