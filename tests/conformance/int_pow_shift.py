# pow, three-argument pow, negative exponents and shifts.
print(2**10, 2**0, 0**0, (-2)**3, (-2)**4, 10**-1, 2**-2)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(7, 0, 3))
print(pow(2, 200, 10**9 + 7), pow(10**20, 3, 999))
print(1 << 0, 1 << 31, 1 << 64, 1 << 100, (1 << 100) >> 99, -1 >> 1, -8 >> 1, -(1 << 80) >> 79)
print(5 >> 10, (2**70) >> 200, -5 >> 100)
for bad in ((1, -1), (2**70, -3)):
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print("ValueError", e)
try:
    print(pow(2, -1, 5))
except Exception as e:
    print(type(e).__name__)
try:
    print(pow(2, 3, 0))
except Exception as e:
    print(type(e).__name__)
print(2.0 ** 10, 4 ** 0.5, (-8) ** 2, 2 ** 0.0)
x = 3
x **= 3
x <<= 2
x >>= 1
print(x)
