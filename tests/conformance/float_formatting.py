# Float repr and formatting.

vals = [0.0, -0.0, 1.0, 0.5, 0.1, 1.5, 2.25, 100.0, 1e10, 1e-5, 123.456, -7.75]
for v in vals:
    print(v, repr(v), str(v))

print(1 / 3)
print(2 / 3)
print(10 / 4)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print("%.3f" % 2.0, "%.0f" % 2.5, "%.0f" % 3.5)
print("%e" % 12345.678)
print("%g" % 0.0001, "%g" % 123456789.0, "%g" % 1.5)
print("{:.4f}".format(1.23456789))
print("{:10.2f}|".format(-3.14159))
print("{:.1e}".format(6.02e23))
print(float("1.25"), float("-3"), float("  2.5  "))
print(float("inf"), float("-inf"))
print(float("nan") != float("nan"))
print(int(3.99), int(-3.99), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(round(3.14159, 3), round(1234.5, -2))
print(1e300 * 1e10)
print(abs(-2.5), max(1.5, 2), min(-1, -1.5))
print(3 * 1.1, 0.1 + 0.2 == 0.3)
print(2 ** 0.5, 2.0 ** -1)
print(float(10 ** 15), float(2 ** 53))
print(1.0 == 1, 1.5 > 1, hash(1.0) == hash(1))
print((0.25).is_integer() if hasattr(0.25, "is_integer") else False)
