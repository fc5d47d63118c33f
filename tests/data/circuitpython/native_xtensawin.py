# mpy-cross: -march=xtensawin
# Native and viper functions on windowed Xtensa (ESP32). `add` needs no constant table:
# CircuitPython 10.2.1 still emits the jump over an empty table plus a padding byte (4 bytes);
# MicroPython 1.29 omits them. `twice` has a constant table and is identical.


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def twice(x: int) -> int:
    return x * 2
