class A(object, metaclass=type):
    x: int = 3
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.v = list(a)
    @property
    def p(self):
        return super().p
async def g(x):
    async with x as y, x:
        await y
    async for z in x:
        yield z
    return (yield from x)
