# mpy-cross:
# async for / async with without any `await` expression: their fixed templates still use
# GET_ITER + YIELD_FROM in CircuitPython (only `await` expressions changed), so the only
# differences are the magic byte and the async functions' prelude flags.


class Stream:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False


async def consume(n):
    total = 0
    async with Stream(n) as s:
        async for x in s:
            total += x
    async with Stream(1) as a, Stream(2) as b:
        async for y in a:
            total += y
        else:
            total -= 1
    return total
