# mpy-cross:
# Same CircuitPython-only SyntaxError, reached through a decorated `async def`
# (compile_decorated sets the ASYNC flag on that path too). MicroPython 1.29 compiles this file.


def deco(fn):
    return fn


@deco
async def relay(source):
    yield from source
