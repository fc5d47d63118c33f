# mpy-cross: -march=armv7m
# Native try/except/finally and a native generator on ARMv7-M. MicroPython 1.29 changed how the
# native emitter clears registers and stores MP_OBJ_NULL (commit f0895f0ea0), so the machine code
# of CircuitPython 10.2.1 (MicroPython 1.27 emitter) differs in a few instructions.


@micropython.native
def guarded(a):
    try:
        return a.x
    except ValueError:
        return 0
    finally:
        a = None


@micropython.native
def gen(n):
    yield n
    del n.attr
