# Numeric builtins: abs, min, max, sum, divmod, pow, round, hex, oct, bin.

print(abs(-5), abs(5), abs(-2.5), abs(0))
print(min(3, 1, 2), max(3, 1, 2), min([4, -4, 0]), max("abc"))
print(min([], default="empty"), max([1, 5, 3], key=lambda v: -v))
print(sum([1, 2, 3]), sum([], 0), sum(range(101)), sum([0.5, 0.25]))
print(sum([[1], [2, 3]], []))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, 5))
print(pow(2, 8), pow(2, 8, 7), pow(3, 0), pow(2.0, 3))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(7, -1), round(15, -1))
print(round(1.23456, 2), round(-1.5))
print(hex(255), hex(-1), hex(0), oct(64), oct(-8), bin(10), bin(-3), bin(0))
print(int("42"), int("-0"), int(" 7 "), int("z", 36), int("777", 8), int("1010", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("99", 0))
print(float(7), int(7.9), int(-0.5), float("1e3"))
print(chr(65), chr(0x41), ord("a"), ord("\n"), ord("€"))
print(len(range(0, 100, 7)), len("héllo"), len(b"h\xc3\xa9"))
print(isinstance(5, int), isinstance(5.0, float), isinstance("", str))
print(callable(print), callable(5), callable(lambda: 0), callable(int))
for bad in ["", "abc", "1.5", "0x"]:
    try:
        int(bad)
    except ValueError:
        print("ValueError for int(%r)" % bad)
try:
    chr(-1)
except ValueError:
    print("ValueError for chr(-1)")
