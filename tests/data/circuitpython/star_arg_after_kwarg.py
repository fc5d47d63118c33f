# mpy-cross:
# `*arg` after a keyword argument. CircuitPython 10.2.1 compiles it; MicroPython 1.29 rejects it
# with "SyntaxError: * arg after kwarg" (commit 5ddc551bc4).


def f(*args, **kwargs):
    return args, kwargs


rest = [2, 3]
print(f(a=1, *rest))
