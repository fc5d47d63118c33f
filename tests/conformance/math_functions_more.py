# math: rounding functions return ints, domain errors, constants and predicates.
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), type(math.floor(1.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, -3), math.fmod(-7, 3))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1e308), math.isfinite(float("inf")))
print(round(math.pi, 10), round(math.e, 10), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.log(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.atan2(1, 1) * 4, 12))
print(math.pow(2, 10), math.pow(2, -1), math.factorial(10), math.factorial(0))
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.acos(2)):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError", e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.floor(10**20) == 10**20)
for v in (float("nan"), float("-inf")):
    for f in (math.floor, math.ceil, math.trunc, round, int):
        try:
            f(v)
        except (ValueError, OverflowError) as e:
            print(f.__name__ if hasattr(f, "__name__") else "?", type(e).__name__, e)
