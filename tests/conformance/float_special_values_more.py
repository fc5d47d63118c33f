# inf and nan: arithmetic, comparisons and conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf * -1, inf - inf, inf * 0)
print(inf > 10**100, -inf < -(10**100), nan == nan, nan != nan, nan < 1, nan > 1)
print(float("-inf"), float("infinity"), float("NaN"), float("  1.5  "), float("-0"))
print(1e308 * 10, -1e308 * 10, 1e-320 > 0, 5e-324 / 2)
for v in (inf, -inf, nan):
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
print(inf == inf, inf is inf, [nan] == [nan])
print(max(1.0, inf), min(-inf, 0), abs(-inf))
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
try:
    float("")
except ValueError as e:
    print("ValueError", e)
