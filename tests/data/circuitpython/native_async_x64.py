# mpy-cross: -march=x64
# Native-emitted coroutines and a generator (x64). CircuitPython: coroutine preludes carry flags
# 0x11 and `await` becomes a native call of __await__; the generators' machine code also differs
# because CircuitPython 10.2.1 uses the MicroPython 1.27 native emitter (MP_OBJ_NULL stored with
# `mov esi, 0` instead of `xor rsi, rsi`).


@micropython.native
async def coro(a, b=1):
    return a + b


@micropython.native
async def caller(x):
    return await coro(x)


@micropython.native
def gen(n):
    yield n


@micropython.native
def plain(a, b):
    return a * b
