# A special method returning NotImplemented: the other operand gets its turn for arithmetic
# and ==, but an ordering comparison is a TypeError at once (each method called once).
class C:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("C.__add__")
        return NotImplemented

    def __lt__(self, other):
        print("C.__lt__")
        return NotImplemented

    def __eq__(self, other):
        print("C.__eq__")
        return NotImplemented


class R:
    def __radd__(self, other):
        return "R.__radd__"


c = C(0)
for f in (lambda: c + 1, lambda: c < 1, lambda: c + R(), lambda: c == 1, lambda: c == c):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
