# mpy-cross:
# Classes: LOAD_BUILD_CLASS, bases and keyword arguments, __class__ cell, super() forms,
# attribute stores, decorators and class-level names.


def register(cls):
    cls.registered = True
    return cls


class Meta(type):
    pass


class Base:
    kind = "base"

    def __init__(self, value):
        self.value = value

    def describe(self):
        return self.kind + ":" + str(self.value)

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def make(cls, v):
        return cls(v)

    @property
    def doubled(self):
        return self.value * 2


@register
class Child(Base, metaclass=Meta):
    kind = "child"

    def __init__(self, value, extra=0):
        super().__init__(value)
        self.extra = extra

    def describe(self):
        text = super().describe()
        parent = super()
        return text + "+" + str(self.extra) + parent.kind

    def cls_name(self):
        return __class__.__name__


class Empty:
    pass


class Slotted(Empty):
    __slots__ = ("a",)
    count = 0
    count += 1


c = Child.make(3)
c.extra = 4
print(c.describe(), c.doubled, Child.helper(5), c.cls_name(), Child.registered, Slotted.count)
