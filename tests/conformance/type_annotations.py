# Variable and function annotations are accepted and ignored at runtime.

count: int = 5
name: str
ratio: float = 0.5


def add(a: int, b: int = 2) -> int:
    return a + b


def greet(who: "str", *args: int, loud: bool = False, **kw: str) -> None:
    msg = "hello " + who
    print(msg.upper() if loud else msg, args, sorted(kw))


print(count, ratio, add(1), add(1, b=10))
greet("ann")
greet("bob", 1, 2, loud=True, x="y")
try:
    print(name)
except NameError:
    print("annotated-only name is not bound")


class Point:
    x: int = 0
    y: int = 0
    label: str

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


p = Point(1, 2).moved(5)
print(p.x, p.y, Point.x, hasattr(Point, "label"))


def f(items: list = []) -> list:
    items.append(len(items))
    return items


print(f(), f())
values: list = [i for i in range(3)]
print(values)
