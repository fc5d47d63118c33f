# Float repr and str: shortest forms, exponents, and %/format of floats.
vals = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.5e300, 2.5e-300, 100.0, 1e22, 1.0e-7]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3e" % v, "{:.4}".format(v))
print(0.1 + 0.2, 1.1 * 3, 2.675 * 100, 1e300 * 1e10, -1e300 * 1e10)
print(float(10 ** 20), float(-(2 ** 60)), 7.0 // 2, 7.0 % 2.5, -7.0 // 2)
print(round(0.1 + 0.2, 15), 3.0 == 3, 3.5 != 3, 1e-320 * 1e10)
