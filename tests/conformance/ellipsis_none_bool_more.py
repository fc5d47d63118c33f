# Ellipsis, None and bool values and their operations.
e = ...
print(e, Ellipsis, e is Ellipsis, type(e).__name__, repr(...))
print(None, repr(None), type(None).__name__, None is None, None == None, None != 0)
print(bool(None), bool(...), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(()))
print(bool(1), bool(-1), bool("0"), bool([0]), bool(0.1), bool(2**70))
print(True + True, True * 10, False - 1, -True, ~True, True / 2, True // 1)
print(True and 3, 0 or "x", None or [], 1 and 0, not None, not 5)
print(True == 1, False == 0, True is 1 == 1, str(True), repr(False), int(True))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(hash(True), hash(False), hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
