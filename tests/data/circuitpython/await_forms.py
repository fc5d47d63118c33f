# mpy-cross:
# Every shape of `await` expression. CircuitPython compiles `await x` as
# LOAD_METHOD __await__; CALL_METHOD 0; LOAD_CONST_NONE; YIELD_FROM (MicroPython: GET_ITER first).


class Box:
    def __init__(self, coro):
        self.coro = coro
        self.items = [coro]


async def value(x):
    return x


async def forms(box, key):
    a = await value(1)
    b = await box.coro
    c = await box.items[0]
    d = await value(await value(2))
    e = (await value(3)) + (await value(4))
    f = [await value(5), await value(6)]
    g = {key: await value(7)}
    await value(8)
    if await value(9):
        pass
    while not await value(10):
        break
    return await value(a or b or c or d or e or f or g)


async def named(coro):
    result = await coro
    return result
