# mpy-cross:
# Ordinary code with no async: classes, inheritance, super(), properties, closures, nonlocal,
# decorators, default and keyword arguments. Identical to MicroPython apart from the magic byte.


def memo(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(kwargs.items()))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


class Shape:
    sides = 0

    def __init__(self, name, *, scale=1):
        self.name = name
        self.scale = scale

    @property
    def label(self):
        return "%s/%d" % (self.name, self.sides)

    def __repr__(self):
        return "<" + self.label + ">"


class Square(Shape):
    sides = 4

    def __init__(self, size, **kw):
        super().__init__("square", **kw)
        self.size = size

    @memo
    def area(self):
        return self.size * self.size * self.scale


def counter():
    n = 0

    def inc(by=1):
        nonlocal n
        n += by
        return n

    return inc


c = counter()
print(Square(3, scale=2).area(), c(), c(5), repr(Square(1)))
