# mpy-cross:
# async def nested in async def and in plain def, capturing cells (MAKE_CLOSURE of an async
# child), nonlocal inside a coroutine, and a generator nested inside a coroutine.


def make_counter(start):
    count = start

    async def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


async def outer(x):
    y = x * 2

    async def inner(z):
        return x + y + z

    def gen():
        yield x
        yield y

    total = await inner(1)
    return total, list(gen())


async def shadow():
    async def shadow():
        return 0

    return await shadow()
