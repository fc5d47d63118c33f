# Floor division and modulo with negative operands (ints and floats).

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1)]:
    print(a, b, a // b, a % b)

print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -7, (2 ** 70) % -7)
print(divmod(-(10 ** 20), 9))
print(-13 >> 1, -1 >> 5, -8 >> 1, 13 >> 1)
print(-13 & 0xFF, -1 & 7)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError:
    print("ZeroDivisionError for %")
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError for float")
try:
    divmod(5, 0)
except ZeroDivisionError:
    print("ZeroDivisionError for divmod")
print(pow(-2, 3), pow(2, -1), (-8) ** (1 / 3) if False else "skip")
print(abs(-7 // 2), -abs(7) // 2)
