# The math module with single precision (values printed to 5 significant digits: the last bit
# of a transcendental function may differ between C libraries).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(1e10), math.fabs(-2.5), math.copysign(3, -0.0) if hasattr(math, "copysign") else "-")
for f in [math.sin, math.cos, math.tan, math.exp, math.log, math.atan, math.sinh, math.cosh, math.tanh]:
    print(" ".join("%.5g" % f(x) for x in [0.5, 1.0, 2.0, 3.0]))
print("%.5g %.5g %.5g" % (math.log(100, 10), math.log10(1000), math.log2(1024)))
print("%.5g %.5g %.5g %.5g" % (math.asin(0.5), math.acos(0.5), math.atan2(1, -1), math.hypot(3, 4) if hasattr(math, "hypot") else 5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(10, -2), math.exp(0), math.log(1))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(10 ** 20), math.ceil(1e10), math.trunc(1e20), math.floor(16777217))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.75, 4), math.modf(2.5), math.modf(-1e10))
print(math.isfinite(1e38), math.isinf(1e38 * 10), math.isnan(math.inf - math.inf), math.fmod(7.5, 2), math.fmod(-7.5, 2))
print(math.degrees(math.pi), math.radians(180), math.isclose(0.1 + 0.2, 0.3), math.factorial(12))
for bad in [(math.sqrt, -1.0), (math.log, 0.0), (math.log, -1.0)]:
    try:
        bad[0](bad[1])
    except ValueError as e:
        print("ValueError", e)
# Single precision overflows early; the reference raises a domain error for an infinity
# from finite arguments (and for a NaN from non-NaN ones).
for name, args in [("exp", (88,)), ("exp", (89,)), ("cosh", (90,)), ("pow", (10, 38)),
                   ("pow", (10, 39)), ("gamma", (35,)), ("gamma", (36,)), ("sin", (math.inf,)),
                   ("exp", (math.inf,)), ("exp", (math.nan,)), ("degrees", (1e37,)), ("ldexp", (1.0, 200))]:
    try:
        print(name, args, "%.5g" % getattr(math, name)(*args))
    except ValueError as e:
        print(name, args, "ValueError", e)
print(10.0 ** 38, 10.0 ** 39, 1e38 * 10, -(2.0 ** 128), 2.0 ** -150, 1e-45 / 2)
