# mpy-cross:
# Constants of every kind and constant folding: small and big ints, floats (incl. folded
# math constants), complex, str/bytes escapes, const(), tuples of constants.
from micropython import const
import math

_PRIVATE = const(1 << 20)
PUBLIC = const(_PRIVATE * 3 + 7)

small = (0, 1, -1, 63, 64, -64, -65, 0x7FFF, -(2**30), 2**30 - 1)
big = (2**31, 2**62, 2**64, -(2**100), 123456789012345678901234567890, 0x1234567890ABCDEF1)
folded = (1 + 2 * 3, 7 // 2, -7 % 3, 1 << 40, ~5, 255 & 15 | 16 ^ 3, 10**3, -(-3))
floats = (0.0, -0.0, 1.5, 1e100, 2.5e-7, 3.141592653589793, 1 / 3, 2.0 * 4)
mathc = (math.pi, math.e, math.pi * 2)
cplx = (1j, 2 + 3j, -0.5j)
strs = ("", "a", "\n\t\\", "\x00\x7f\u00e9\u20ac", "é€😀", "x" * 3)
bytez = (b"", b"\x00\xff", b"abc" + b"def", rb"\d+")
print(_PRIVATE, PUBLIC, small, big, folded, floats, mathc, cplx, strs, bytez)
