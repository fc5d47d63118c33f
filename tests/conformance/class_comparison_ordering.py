# Rich comparisons, reflected comparisons and sorting user objects.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __repr__(self):
        return "V" + self.text


a, b, c = Version("1.2"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < c, a == Version("1.2"))
vs = [Version(s) for s in ["2.0", "1.10", "1.2", "1.9.9", "0.1"]]
print(sorted(vs))
print(max(vs), min(vs))


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "L%d" % self.v


items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), OnlyLt(4) < OnlyLt(5))
try:
    print(OnlyLt(5) > OnlyLt(4))
except TypeError:
    print("TypeError: > is not derived from a reflected __lt__")


class Weird:
    def __eq__(self, o):
        return "truthy string"


print(Weird() == 1, bool(Weird() == 1))
print([1, 2] == [1, 2.0], (1, 2) < (1, 2, 0), "abc" < "abd")
