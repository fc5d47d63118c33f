# mpy-cross:
# async def with every argument shape and no await: CircuitPython adds MP_SCOPE_FLAG_ASYNC
# (0x10) to GENERATOR (0x01), so each prelude signature needs extra bytes to carry flag bit 4.


async def no_args():
    return 1


async def pos_args(a, b):
    return a + b


async def defaults(a, b=2, c=3):
    return a, b, c


async def star_args(*args):
    return args


async def star_kwargs(**kwargs):
    return kwargs


async def kw_only(a, *, key, other=5):
    return a, key, other


async def everything(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


def plain(a, b=1, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
