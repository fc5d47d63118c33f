# int() and float() parsing of strings with signs, spaces, bases and underscores.
cases = ["42", " -7 ", "+3", "0", "-0", "007", "1_000", "12345678901234567890", "  1\n"]
for c in cases:
    print(repr(c), int(c))
print(int("ff", 16), int("FF", 16), int("z", 36), int("-101", 2), int("  10  ", 8), int("0x10", 16))
print(float("3.5"), float("-1e3"), float(" 2 "), float("1_0.5"), float(".5"), float("5."), float(7))
for bad in ("", "abc", "1.5", "0x", "12a", "1__0", "--1"):
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", e)
for args in (("10", 1), ("10", 37)):
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(int(3.99), int(-3.99), int(True), int(b"12") if False else 12)
