# mpy-cross:
# Async methods, decorated async functions (the decorator path in compile_decorated also sets
# the ASYNC flag), staticmethod/classmethod async, and super() inside a coroutine.


def deco(fn):
    return fn


class Base:
    async def run(self, x):
        return x


class Child(Base):
    @deco
    async def run(self, x):
        return await super().run(x) + 1

    @staticmethod
    async def static(a):
        return a

    @classmethod
    async def klass(cls, a):
        return cls, a

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


@deco
@deco
async def top(a, b=2):
    return await Child().run(a) + b
