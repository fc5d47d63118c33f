# mpy-cross: -msmall-int-bits=15
# Compiled with -msmall-int-bits=15 (header byte 3 = 15): small ints only cover -16384..16383,
# so larger literals and folded results become int objects in the constant table.

fits = [16383, -16384, 8191, -8192, 1000]
objects = [16384, -16385, 65535, 1 << 20, -(1 << 29), 1073741823]
folded = 128 * 128
folded_neg = -128 * 128 - 1
mixed = (16383, 16384)


def scale(x):
    return x * 20000 + 16383 - 16384


print(fits, objects, folded, folded_neg, mixed, scale(2))
