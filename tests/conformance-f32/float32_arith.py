# Arithmetic, comparisons and conversions in single precision.
a = 16777216.0
print(a + 1, a + 2, a + 1 == a, 16777217 == a, 16777217 > a, 16777217.0)
print(1 / 3, 2 / 3, 10 / 3, 1 / 7, 22 / 7, 1e10 / 3)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, x < 1.0, sum([0.1] * 10))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(1e10, 7), 1e10 % 7, 1e10 // 7, 5.0 % 0.1, 5.0 // 0.1, divmod(5.0, 0.1))
print(2 ** 0.5, 2.0 ** 10, 10.0 ** -3, (-8.0) ** 3, 1.5 ** 40, 0.5 ** 150, 2.0 ** 128)
print(3 * 0.1, 0.1 * 3, 100 * 1.1, 1.1 * 1.1, 1e38 * 10, -1e38 * 10, 1e-38 / 1e10)
print(int(1e10), int(-1e10), int(3.999999), int(1e20), int(3.4e38), int(16777217.0))
print(float(2 ** 24 + 1), float(2 ** 53 + 1), float(10 ** 20), float(10 ** 30), float(-(10 ** 25)))
print(10 ** 20 == 1e20, 10 ** 20 < 1e20, 2 ** 70 == float(2 ** 70), 123456789 == 123456789.0)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 3), round(1234.5678, -2))
print(round(1e10 / 3, 1), round(0.1, 5), round(123.456, 1), round(-0.55, 1), round(7.0))
print(abs(-2.5), -(-0.0), max(1.5, 2), min(3, 2.5), 1.0 == 1, hash(1.0) == hash(1))
print(hash(2.5), hash(-0.5), hash(100.75), hash(-3.99), {1.5, 2.5, -0.5, 0.25})
print(sorted([3.3, 1.1, 2.2, 1e-5, -7.5]), 0.1 < 0.10000001, 0.1 == 0.10000001)
print([b ** n for b in (3.0, 5.0, 7.0, 10.0, 0.1) for n in (-11, -3, 11, 17)])
