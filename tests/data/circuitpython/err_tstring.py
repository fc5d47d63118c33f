# mpy-cross:
# A PEP 750 t-string. MicroPython 1.29's mpy-cross enables t-strings; CircuitPython 10.2.1
# (MicroPython 1.27 base) lexes `t` as a name followed by a string: "invalid syntax".
name = "x"
template = t"hello {name}"
