# micropython.const and constant expressions the compiler can fold.
from micropython import const

WIDTH = const(16)
HEIGHT = const(9)
AREA = const(WIDTH * HEIGHT)
MASK = const((1 << 8) - 1)
_PRIVATE = const(123)
NEG = const(-5)
BIG = const(1 << 40)

print(WIDTH, HEIGHT, AREA, MASK, _PRIVATE, NEG, BIG)
print(AREA // 7, AREA % 7, -AREA)
print(WIDTH | HEIGHT, WIDTH & 0xFF, WIDTH ^ MASK, ~MASK)
print(2 ** 10, 2 ** 62, 2 ** 64, -2 ** 2, (-2) ** 3)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 7 % 3, -7 % 3, 7 // -2)
print(1 << 30, 1 << 31, 1 << 63, 0xFFFF >> 4)
print("ab" * 3, 3 * "c", "x" + "y")
print(not 0, not 1, 5 and 6, 0 or 7)
print(3 < 4, 4 <= 3, 2 == 2.0)
print(1.5 * 2, 10 / 4, 2 ** -1)
print(0x7FFFFFFF + 1, -0x80000000 - 1)
print((1 << 30) * 4, 123456789 * 987654321)


def use_const(x):
    return x * WIDTH + HEIGHT


print(use_const(2))
table = [MASK, NEG, _PRIVATE]
print(table)
if WIDTH > 10:
    print("branch on const taken")
if not NEG < 0:
    print("never")
print(const(7) + 1)
print(globals().get("WIDTH"), "_PRIVATE" in globals())
