# str.format and % with single-precision floats.
vals = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 123.456, -98765.4321, 1e-5, 3.14159e-10, 1e15,
        1.5e30, 3.4e38, 123456789.0, 0.5, 2.5, 1e-45, 1e-40]
for v in vals:
    print("{} {!r} {:e} {:f} {:g} {:.3} {:.2e} {:.1f} {:10.4f} {:<12g}| {:+.5g} {:08.3f} {:.0e}".format(
        v, v, v, v, v, v, v, v, v, v, v, v, v))
    print("%s %r %.8f %.15g %.2G %.4E %+.2f % .3f %-10.2e| %010.3g %.1f%%" % (
        v, v, v, v, v, v, v, v, v, v, v * 100))
    print("{:%} {:.1%} {:.12f} {:.25f}".format(v, v, v, v))
print("%.30f %.40f %.50e" % (0.1, 1 / 3, 2 / 3))
print("%f %f %g %e" % (1e30, 3e38, 1e30, 1e30))
print("{:.3f} {:.0f} {:.0f} {:.0f} {:.0f}".format(2.0005, 0.5, 1.5, 2.5, 3.5))
print("%.2f %.2f %.2f %.1f %.1f" % (0.125, 0.375, 1.005, 0.25, 0.35))
print(str(1e16), str(1e17), str(123456.7), str(1234567.8), str(12345678.9), str(0.0001), str(0.00001))
# A sign (a minus, or the + and space flags) takes a byte of the reference's buffer.
x = 0.1
print("%+.30f|% .30f|%.30f|%+.25e|%+.40g" % (x, x, x, x, x))
print("{:+.30f}|{: .30f}|{:.30f}|{:+.28e}".format(x, x, x, x))
print("%+.30f|%.30f" % (-x, -x))
print("%+f|%+.3f|%+e" % (1e29, 1e29, 1e29), "%+f %f" % (1e30, 1e30))
print("%+.27f" % 12345.678)
print("{:+}|{: }|{:+.3}|{:+g}|{:+}|{:+e}".format(0.1, 1/3, 2/3, 1e-7, -0.0, 123456789.0))
print("%+g|% g|%+.9g|%+.17g|%+.20e|%+.25f" % (1/3, 2/3, 1/3, 1/3, 1/3, 1/3))
print("%+.0f|%+.1e|%+10.3f|%+-10.2f|%+010.2f|" % (2.5, 0.05, 3.14159, 2.5, -2.5))
print("%+f|%+f|%+e|%+g" % (float("inf"), float("nan"), float("-inf"), float("nan")))
print("{:10}|{:+}|{: }|{:}|{}|{:<8}|{:+}".format(1/3, 0.1, 2/3, 1/3, 1/3, 2.5, -0.0))
