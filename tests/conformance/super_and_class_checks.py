# super() checks its arguments; isinstance/issubclass refuse non-classes; deque's maxlen.
from collections import deque


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, repr(e.args))


class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return cls.__name__


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()


b = B()
print(b.who(), B.make(), super(B, b).who(), super(B, B).make())
print(str(super(B, b))[:24], repr(super(B, B)))
show("super(str, 0)", lambda: super(str, 0))
show("super(str, int)", lambda: super(str, int))
show("super(0, int)", lambda: super(0, int))
show("super(A, b).who()", lambda: super(A, b).who())
show("super(B)", lambda: super(B))
show("isinstance(1, 2)", lambda: isinstance(1, 2))
show("isinstance(1, (int, 2))", lambda: isinstance(1, (int, 2)))
show("isinstance(1, (str, 2))", lambda: isinstance(1, (str, 2)))
show("issubclass(int, 2)", lambda: issubclass(int, 2))
show("issubclass(1, int)", lambda: issubclass(1, int))
show("issubclass(B, (int, A))", lambda: issubclass(B, (int, A)))
show("deque((), -1)", lambda: deque((), -1))
show("deque([1, 2, 3], 2)", lambda: list(deque([1, 2, 3], 2)))
show("deque([1, 2, 3], 0)", lambda: list(deque([1, 2, 3], 0)))
show("deque([1])", lambda: deque([1]))
