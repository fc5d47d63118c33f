class Point:
    def __init__(self, x=0, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label
    def __repr__(self):
        return "%s(%d,%d)" % (self.label, self.x, self.y)
print(Point(), Point(1), Point(1, 2), Point(y=5), Point(3, label="q"))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
a = Singleton(); b = Singleton()
print(a is b)
