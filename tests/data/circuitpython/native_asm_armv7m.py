# mpy-cross: -march=armv7m
# Native, viper (no ptr16/ptr32 indexing) and inline Thumb-2 assembler on ARMv7-M, as used by
# most CircuitPython boards. Identical to MicroPython 1.29 apart from the magic byte.


@micropython.native
def scale(items, k):
    out = []
    for x in items:
        out.append(x * k)
    return out


@micropython.viper
def checksum(buf: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s = (s + buf[i]) & 0xFF
    return s


@micropython.asm_thumb
def add3(r0, r1, r2):
    add(r0, r0, r1)
    add(r0, r0, r2)
    cmp(r0, 10)
    it(gt)
    mov(r0, 10)
