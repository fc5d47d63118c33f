# mpy-cross:
# Every constant-object kind of the .mpy object table: str (short strings are qstrs, longer ones
# objects, incl. one >= 128 bytes), bytes (incl. empty), int (big, negative), float, complex
# (imaginary literals), tuples (nested, with None/True/False/Ellipsis/strings/bytes inside),
# Ellipsis, and const()-substituted None/True/False/()/str.
import math

from micropython import const

_NOTHING = const(None)
_YES = const(True)
_NO = const(False)
_EMPTY = const(())
_GREETING = const("hello, constant world")
LIMIT = const(1 << 40)

short = "qstr"
long_text = "this string is longer than ten bytes"
huge_text = "a fairly long literal that certainly exceeds one hundred and twenty-eight bytes, so its length needs a two-byte varint in the object table"
unicode_text = "näive ünïcode ✓ text"
raw = b"\x00\x01binary\xff"
nothing = b""
big = 12345678901234567890
negative_big = -98765432109876543210
limit = LIMIT
floats = [0.1, 1.0, 100.0, 1e16, 1e-05, 2.5e-300, -0.0, 1e400, math.pi, math.inf, math.nan, 1 / 3, 2**0.5]
imaginary = [2j, 0.5j, 1e400j, 0j, 1.5e-7j, 3 + 4j]
ellipsis = ...
nested = (1, "two", b"three", 4.0, 5j, (None, True, False, ...), ((), (-1, 10**20)))
flags = (True, False, None)
substituted = (_NOTHING, _YES, _NO, _EMPTY, _GREETING, LIMIT)


def defaults(a=(1, 2), b=..., c=1.25, d=b"", e="a long default string value"):
    return a, b, c, d, e


print(short, long_text, huge_text, unicode_text, raw, nothing, big, negative_big, limit)
print(floats, imaginary, ellipsis, nested, flags, substituted, defaults())
print(_NOTHING, _YES, _NO, _EMPTY, _GREETING)
