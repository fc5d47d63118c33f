# mpy-cross:
# `yield` inside `async def` (an async generator in CPython): both compilers accept it; in
# CircuitPython the function carries GENERATOR|ASYNC (0x11) like any coroutine.


async def ticker(n):
    i = 0
    while i < n:
        yield i
        i += 1


async def echo():
    received = yield
    while received is not None:
        received = yield received


async def both(src):
    got = await src
    yield got
