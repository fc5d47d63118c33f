# mpy-cross:
# CircuitPython-only SyntaxError: `yield from` directly inside `async def`.
# MicroPython 1.29 compiles this file.


async def relay(source):
    result = yield from source
    return result
