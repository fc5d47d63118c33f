# mpy-cross:
# Both compilers reject `await` at module level with the same message.


async def value():
    return 1


x = await value()
