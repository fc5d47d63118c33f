# classmethod receives the class it was called on; staticmethod receives nothing.
class Base:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls(*a)
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
c = Child.make(5)
b = Base.make()
print(type(c).__name__, c.v, type(b).__name__, Child.count, Base.count)
print(Child.name(), Base.name(), c.name(), Child.helper(4), c.helper(5), Base.helper(1))
class Other(Base):
    @classmethod
    def name(cls):
        return "Other:" + super().name()
print(Other.name(), Other().name())
