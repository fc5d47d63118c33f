# mpy-cross:
# `await` inside a plain `def` and inside a lambda: MicroPython and CircuitPython both accept it
# (only module/class level is rejected). The function is not marked as a generator; CircuitPython
# still emits the __await__ sequence, and its prelude flags stay 0 (no ASYNC bit).


def plain(x):
    return await x


async def coro(x):
    f = lambda: await x
    return f
