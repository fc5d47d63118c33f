# async with and async for, driven without an event loop.

class Tick:
    def __iter__(self):
        yield "tick"

    __await__ = __iter__


class AsyncCM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("  aenter", self.name)
        await Tick()
        return self.name + "-resource"

    async def __aexit__(self, exc_type, exc, tb):
        print("  aexit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


class AsyncCounter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Tick()
        return self.i * 10


async def main():
    async with AsyncCM("db") as r:
        print("  using", r)
    async with AsyncCM("swallow"):
        raise KeyError("hidden")
    total = 0
    async for v in AsyncCounter(3):
        print("  item", v)
        total += v
    return total


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


print(run(main()))
