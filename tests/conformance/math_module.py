import math
print(math.pi, math.e, math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.fabs(-3.5), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.copysign(3, -0.0))
print("%.6f %.6f %.6f %.6f" % (math.sin(1), math.cos(1), math.tan(0.5), math.atan2(1, 1)))
print("%.6f %.6f %.6f %.6f" % (math.log(10), math.log10(1000), math.log2(1024), math.log(8, 2)))
print(math.pow(2, 10), math.degrees(math.pi), math.radians(180), math.fmod(-7, 3), math.modf(3.25), math.frexp(12.0), math.ldexp(0.75, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(math.floor(-0.5), type(math.floor(1.5)).__name__, math.exp(0), "%.6f" % math.exp(2))
print(math.isclose(1.0, 1.0 + 1e-12), math.factorial(20), "%.6f %.6f %.6f" % (math.tanh(0.5), math.erf(0.5), math.gamma(4.5)))
