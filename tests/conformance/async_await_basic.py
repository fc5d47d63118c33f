# async/await driven manually with send(), without an event loop.

class Yield:
    def __init__(self, value):
        self.value = value

    def __iter__(self):
        got = yield self.value
        return got

    __await__ = __iter__


async def add_later(a, b):
    x = await Yield("need-a")
    y = await Yield("need-b")
    return a + b + x + y


async def chain():
    first = await add_later(1, 2)
    print("  first done:", first)
    second = await add_later(first, 0)
    return second * 10


def drive(coro, replies):
    replies = list(replies)
    value = None
    try:
        while True:
            req = coro.send(value)
            value = replies.pop(0)
            print("  request", req, "->", value)
    except StopIteration as e:
        return e.value


print("result", drive(add_later(3, 4), [10, 20]))
print("result", drive(chain(), [1, 2, 3, 4]))


async def failing():
    await Yield("once")
    raise ValueError("async failure")


c = failing()
print(c.send(None))
try:
    c.send("x")
except ValueError as e:
    print("caught", e)


async def catcher():
    try:
        await Yield("wait")
    except KeyError as e:
        return "handled " + str(e)


c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = add_later(0, 0)
c.send(None)
c.close()
print("closed coroutine")
