# mpy-cross: -march=x64
# Viper unary minus and invert on an int. MicroPython 1.29 changed the register use
# (commit 2210d28792), so CircuitPython 10.2.1's machine code differs.


@micropython.viper
def neg(x: int) -> int:
    return -x


@micropython.viper
def inv(x: int) -> int:
    return ~x
