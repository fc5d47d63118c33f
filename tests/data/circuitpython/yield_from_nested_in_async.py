# mpy-cross:
# `yield from` is only rejected directly inside an `async def`; a plain generator (or lambda)
# nested inside a coroutine may still use it.


async def outer(items):
    def inner():
        yield from items

    g = lambda: (yield from items)
    return list(inner()), g
