# mpy-cross: -march=rv32imc
# Native and viper code for RV32IMC. MicroPython 1.29 reworked the RISC-V emitter's register
# allocation and indirect loads, so CircuitPython 10.2.1's machine code differs.


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def get(p: ptr8, i: int) -> int:
    return p[i] + i
