# mpy-cross:
# const() with a type annotation. MicroPython 1.29 folds `NAME: int = const(value)` like the
# unannotated form; CircuitPython 10.2.1 (MicroPython 1.27 parser) compiles a runtime call to
# `const` and keeps the private name.
from micropython import const

_HIDDEN: int = const(5)
SHOWN: int = const(6)
PLAIN = const(7)
print(_HIDDEN, SHOWN, PLAIN)
