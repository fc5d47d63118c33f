# mpy-cross:
# async def / await / async for / async with (fixed templates using __aenter__, __aexit__,
# __aiter__, __anext__, StopAsyncIteration, BaseException).


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Lock:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return False


async def sleep0():
    return 0


async def worker(name, n):
    total = 0
    async with Lock() as lock:
        async for tick in Ticker(n):
            total += tick
            await sleep0()
    async with Lock(), Lock():
        pass
    async for tick in Ticker(2):
        if tick:
            continue
        break
    else:
        total += 100
    return name, total, lock


async def main():
    result = await worker("w", 3)
    again = await worker("v", 1)
    return [result, again]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


print(run(main()))
