# mpy-cross: -O3
# -O3 (no line-number table, asserts and __debug__ removed) applied to a coroutine: the
# CircuitPython-specific parts (flags 0x11, __await__) are unaffected by the optimisation level.


async def fetch(source, retries=3):
    assert retries > 0
    if __debug__:
        print("debug")
    return await source.read(retries)
