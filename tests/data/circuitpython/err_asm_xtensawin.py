# mpy-cross: -march=xtensawin
# Inline assembler for windowed Xtensa. MicroPython 1.29 supports @micropython.asm_xtensa with
# -march=xtensawin (commit 9dcad25de6); CircuitPython 10.2.1 reports "invalid arch".


@micropython.asm_xtensa
def inc(a2):
    addi(a2, a2, 1)
