# Reflected operators and NotImplemented.

class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "%sm" % self.v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("  __radd__ with", o)
        return self.__add__(o)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented

    __rmul__ = __mul__

    def __sub__(self, o):
        return Meters(self.v - (o.v if isinstance(o, Meters) else o))

    def __rsub__(self, o):
        return Meters(o - self.v)


m = Meters(5)
print(m + Meters(2), m + 1, 1 + m)
print(m * 3, 3 * m, 2.5 * m)
print(m - 1, 10 - m)
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    m + "x"
except TypeError:
    print("TypeError: unsupported operand")
try:
    m * m
except TypeError:
    print("TypeError for Meters * Meters")


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __and__(self, o):
        return Tagged(self.tag + "&" + o.tag)

    def __or__(self, o):
        return Tagged(self.tag + "|" + o.tag)

    def __lshift__(self, n):
        return Tagged(self.tag * n)

    def __floordiv__(self, n):
        return Tagged(self.tag[: len(self.tag) // n])

    def __mod__(self, n):
        return len(self.tag) % n


t = Tagged("ab") & Tagged("c") | Tagged("d")
print(t.tag, (Tagged("xy") << 3).tag, (Tagged("abcdef") // 2).tag, Tagged("abcde") % 3)
