# Catching by base class along the builtin exception hierarchy.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ValueError, Exception), (TypeError, Exception),
    (StopIteration, Exception), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException), (NotImplementedError, RuntimeError), (OSError, Exception),
    (AttributeError, Exception), (NameError, Exception), (ImportError, Exception),
    (AssertionError, Exception), (MemoryError, Exception), (UnicodeError, ValueError),
]
for sub, base in pairs:
    try:
        raise sub("m")
    except base as e:
        print(sub.__name__, "caught as", base.__name__, issubclass(sub, base), isinstance(e, base))
for sub in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise sub
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print(type(e).__name__, "is not an Exception")
