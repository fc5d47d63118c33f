# Domain rules of math functions, isclose with infinities, and the repr of powers of ten
# whose nearest double lies below them.
import math

nan = float("nan")
inf = float("inf")


def show(label, f):
    try:
        print(label, "=", f())
    except (ValueError, ZeroDivisionError) as e:
        print(label, "=", type(e).__name__, e)


for name in ("sqrt", "asin", "acos", "log", "log2", "log10", "exp", "atanh"):
    fn = getattr(math, name)
    for x in (nan, -2.0, 2.0):
        show("%s(%r)" % (name, x), lambda: fn(x))
for name in ("sqrt", "log", "log2", "log10", "exp"):
    fn = getattr(math, name)
    for x in (0.0, -0.0, -1.0):
        show("%s(%r)" % (name, x), lambda: fn(x))
for x, b in ((8, 2), (1, 0), (1, -1), (2, 1), (nan, 1), (0.5, -inf), (inf, 0.0), (nan, 0.0)):
    show("log(%r, %r)" % (x, b), lambda: math.log(x, b))
for x, y in ((nan, 0.0), (1.0, 0.0), (inf, 2.0), (5.0, inf), (-7.5, 2.0)):
    show("fmod(%r, %r)" % (x, y), lambda: math.fmod(x, y))

print(math.isclose(inf, inf), math.isclose(inf, 1), math.isclose(-inf, inf))
print(math.isclose(nan, nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
show("isclose(0, 0, rel_tol=-1)", lambda: math.isclose(0, 0, rel_tol=-1))
show("isclose(0, 0, abs_tol=-1)", lambda: math.isclose(0, 0, abs_tol=-1))

for k in (22, 23, 29, 33, 34, 165, 200, 300, -5, -307, -308):
    x = float("1e%d" % k)
    print(k, x, repr(x), "%.17g" % x, "{:e}".format(x))
print(1e23 == 10.0 ** 23, 9.999999999999999e22, 1.0000000000000001e23)
print("{:10.4n}|{:n}|{:n}".format(123.456, 1.5e-7, 42))
