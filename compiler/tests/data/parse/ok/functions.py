@dec
@dec.attr(1, k=2)
def f(a, b: int = 1, *args, c, d=2, **kw) -> int:
    pass
async def g():
    async with x as y:
        await z
    async for i in j:
        pass
@d
async def h(): pass
class C(B, metaclass=M):
    def m(self): return super().m()
class D: pass
class E(): pass
f = lambda x, *y, z=1, **w: x
