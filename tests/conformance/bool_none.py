print(True + True, True * 3, -True, True & False, True | False, True ^ True, not None, None is None)
print(bool(0), bool(""), bool([]), bool({}), bool(()), bool(0.0), bool(None), bool("a"), bool([0]))
print(True == 1, False == 0, True is True, None == False, str(True), repr(None), int(False))
print(1 if None else 2, 0 or "x", 0 and "y", "a" or "b", [] or {} or (), None or 0)
x = None
print(x is None, x is not None, type(x).__name__, type(True).__name__)
