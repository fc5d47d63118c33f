# mpy-cross: -X no-source-lines
# Compiled with -X no-source-lines: empty line-number tables, but (unlike -O1 and above)
# asserts and `if __debug__:` blocks are kept.


def check(x):
    assert x >= 0, "negative"
    if __debug__:
        x += 1
    return x * 2


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def swap(self):
        return Pair(self.b, self.a)


p = Pair(1, 2).swap()
print(check(3), p.a, p.b, [x for x in range(3)])
