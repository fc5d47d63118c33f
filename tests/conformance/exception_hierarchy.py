# The built-in exception hierarchy and custom subclasses.

pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (StopIteration, Exception),
    (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (Exception, BaseException),
    (NotImplementedError, RuntimeError),
    (OSError, Exception),
    (UnicodeError, ValueError),
    (IndentationError, SyntaxError),
    (AssertionError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))


class MyError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class SubError(MyError):
    pass


try:
    raise SubError(42, "custom")
except ValueError as e:
    print(type(e).__name__, e.code, e.args, str(e))
    print(isinstance(e, MyError), isinstance(e, Exception))

for exc in [KeyError("k"), IndexError(3), ZeroDivisionError(), MyError(1, "m")]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError branch", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError branch", type(e).__name__)
    except Exception as e:
        print("Exception branch", type(e).__name__)

try:
    try:
        {}["missing"]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("KeyError reached outer", e)
print(repr(KeyError("x")), repr(ValueError()), repr(OSError(2, "nf")))
print(str(KeyError("x")), str(ValueError(1, 2)))
e = OSError(5, "io")
print(e.errno, e.args)
