# inf, nan and signed zero behaviour.
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * -1, inf - inf, inf * 0)
print(1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(math.isnan(inf - inf), math.isinf(-inf))
print(max(1.0, inf), min(-inf, 0))
print(0.0 == -0.0, math.copysign(1, -0.0), str(-0.0))
print(float("INF"), float("-Infinity"), float("NaN"))
print(1e308 * 10, -1e308 * 10)
print(5e-324 > 0, 5e-324 / 2)
try:
    int(inf)
except OverflowError:
    print("OverflowError int(inf)")
try:
    int(nan)
except ValueError:
    print("ValueError int(nan)")
print(repr(1e16), repr(1e-7), repr(123456789012345678.0))
print(1e22, 1e21, 1e-4, 0.0001234)
print(sorted([3.0, -inf, 0.5, inf, -0.0]))
print(abs(-inf), -(-inf), inf % 2 if False else "skip")
print(2.0 ** 1023 * 2 == inf)
print(0.1 * 3, 0.1 + 0.7, 1 - 0.9)
