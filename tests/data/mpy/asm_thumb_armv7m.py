# mpy-cross: -march=armv7m
# Inline Thumb-2 assembler (@micropython.asm_thumb) for ARMv7-M: MP_CODE_NATIVE_ASM records carry
# n_pos_args and a type signature; plus a native function for the same architecture.
import micropython


@micropython.asm_thumb
def asm_add(r0, r1):
    add(r0, r0, r1)


@micropython.asm_thumb
def asm_const():
    movw(r0, 1234)


@micropython.asm_thumb
def asm_loop(r0) -> uint:
    mov(r1, 0)
    label(LOOP)
    add(r1, r1, r0)
    sub(r0, 1)
    bgt(LOOP)
    mov(r0, r1)


@micropython.native
def native_double(x):
    return x * 2


print(asm_add(1, 2), asm_const(), asm_loop(4), native_double(5))
