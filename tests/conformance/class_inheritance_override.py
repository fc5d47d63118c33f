# Single inheritance, overriding, calling parent methods.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("area of " + self.name)

    def describe(self):
        return "%s with %d sides, area %s" % (self.name, self.sides, self.area())


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("tri")
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2

    def describe(self):
        return "triangle! " + super().describe()


for s in [Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.describe())
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.sides, Square(1).sides, Tri.sides)
print(isinstance(Square(2), Rect), isinstance(Square(2), Tri))
print([c.__name__ for c in (Square, Rect, Shape)])
print(Square.__bases__[0].__name__ if hasattr(Square, "__bases__") else "Rect")


class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())
