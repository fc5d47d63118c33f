# mpy-cross: -march=xtensawin
# Native and viper functions without constants on windowed Xtensa (ESP32). CircuitPython 10.2.1
# always emits the jump over the (empty) constant table at function entry; MicroPython 1.29 omits it.


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def twice(x: int) -> int:
    return x * 2
