# Multiple inheritance, super() chains, method resolution.

class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def chain(self):
        return ["Child"] + super().chain()


c = Child()
print(c.log)
print(c.who())
print(c.chain())
print(isinstance(c, Left), isinstance(c, Right), isinstance(c, Base))
print(issubclass(Child, Base), issubclass(Base, Child))


class A:
    x = "A.x"

    def hello(self):
        return "hello from A"


class B:
    x = "B.x"
    y = "B.y"


class C(A, B):
    pass


print(C.x, C.y, C().hello())


class Greeter(A):
    def hello(self):
        return super().hello().upper() + "!"


print(Greeter().hello())
print(Child.__name__, Left.__name__)
