errs = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError, NameError, StopIteration, OSError, RuntimeError, NotImplementedError, AssertionError, ImportError, MemoryError, OverflowError]
for e in errs:
    print(e.__name__, issubclass(e, Exception), issubclass(e, LookupError), issubclass(e, ArithmeticError), issubclass(e, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
try:
    raise KeyError
except LookupError as e:
    print("caught via base", type(e).__name__, e.args)
try:
    {}[1]
except (TypeError, KeyError) as e:
    print("tuple caught", type(e).__name__, e)
