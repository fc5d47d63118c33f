# mpy-cross: -march=armv6m
# Viper ptr16/ptr32 indexed loads and stores on Thumb. MicroPython 1.29 stopped clobbering the
# index register (commit b46f9f503f), so CircuitPython 10.2.1's machine code differs.


@micropython.viper
def copy16(dst: ptr16, src: ptr16, i: int):
    dst[i] = src[i]


@micropython.viper
def sum32(p: ptr32, n: int) -> int:
    s = 0
    for i in range(n):
        s += p[i]
    return s
