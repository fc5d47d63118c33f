# mpy-cross: -march=x64
# A bytecode module with individual functions compiled by @micropython.native and
# @micropython.viper (x86-64), next to plain bytecode functions.
import micropython


@micropython.native
def native_sum(items):
    total = 0
    for x in items:
        total += x
    return total


@micropython.native
def native_kwargs(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)


@micropython.viper
def viper_square(x: int) -> int:
    return x * x


@micropython.viper
def viper_loop(n: int) -> int:
    acc = 0
    for i in range(n):
        acc += i
    return acc


@micropython.viper
def viper_ptr(buf) -> int:
    p = ptr8(buf)
    return p[0] + p[1]


@micropython.bytecode
def plain(x):
    return x + 1


class Worker:
    @micropython.native
    def run(self, n):
        return n * 2


print(native_sum([1, 2, 3]), native_kwargs(1), viper_square(7), viper_loop(5), viper_ptr(b"\x01\x02"))
print(plain(1), Worker().run(4))
