# Conversions between int and float, truncation and rounding.

for f in [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.7, 1e15 + 0.5]:
    print(f, int(f), round(f), float(int(f)))
print(float(2 ** 53), float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(int(1e20), int(-1e18), int(123456789.987))
print(float(10 ** 30), float(-(10 ** 20)))
print(7 / 7, 1 / 8, type(4 / 2).__name__, 4 // 2, type(4.0 // 2).__name__)
print(3 * 0.5, 1 + 1.0, 2 ** 0.5 * 2 ** 0.5)
print(1 == 1.0, 2 ** 60 == float(2 ** 60), 10 ** 16 + 1 == float(10 ** 16 + 1))
print(1 < 1.5 < 2, -1 > -1.5)
print(round(123.456, 1), round(123.456, -1), round(-0.05, 1))
print(int("12") + float("0.5"), str(1.0), str(10.0 ** 5), str(1e16))
print(float.__name__, int(True), float(False))
vals = [3, 1.5, 2, 0.25]
print(sum(vals), max(vals), min(vals), sorted(vals))
print(divmod(7, 2.0), 7 % 2.5, -7 % 2.5)
print(abs(-0.0), abs(-3), -(-3.5))
