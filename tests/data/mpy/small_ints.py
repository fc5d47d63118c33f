# mpy-cross:
# Small integers: every value of LOAD_CONST_SMALL_INT_MULTI (-16..47), LOAD_CONST_SMALL_INT with
# 1..5-byte signed operands at both signs, and ints that need int objects (default 31-bit small ints).

every_multi = [
    -16, -15, -14, -13, -12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2, -1,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
]
outside = [-17, 48, 63, 64, -64, -65, 127, 128, 8191, 8192, -8192, -8193, 1000, -1000, 16383, 16384]
large = [1048575, 1048576, -1048577, 134217727, 134217728, -134217729, 1073741823, -1073741824]
objects = [1073741824, -1073741825, 2**40, -(2**62), 2**64, 123456789012345678901234567890]
folded = (1 << 10) + 3 * 7 - (100 // 7)


def in_function(n):
    return n * -16 + 47 - 1000000 + n * 1073741823


print(sum(every_multi), outside, large, objects, folded, in_function(2))
