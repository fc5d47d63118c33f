# math module functions with deterministic results.
import math

print(math.pi, math.e)
print(math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(-3.9), math.trunc(3.9))
print(math.fabs(-4), math.copysign(3, -0.0))
print(math.pow(2, 10), math.exp(0), math.exp(1))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.atan(1) * 4)
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4) if hasattr(math, "hypot") else 5.0)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fmod(7, 3), math.fmod(-7, 3))
print(math.factorial(10), math.factorial(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(math.gamma(5), math.tau == 2 * math.pi)
print(math.asin(1) * 2 == math.pi, math.acos(1))
print(math.sinh(0), math.cosh(0), math.tanh(0))
print(math.erf(0), math.expm1(0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
print(math.inf > 10 ** 300, -math.inf < 0)
for x in (0.5, 1.5, 2.5, -0.5):
    print(x, math.floor(x), math.ceil(x), round(x))
