class A:
    def __init__(self):
        self.log = ["A"]
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B"
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def who(self):
        return "C+" + super().who()
c = C()
print(c.log, c.who(), c.hello(), isinstance(c, A), isinstance(c, B), issubclass(C, A), issubclass(A, C))
print(type(c) is C, type(c).__name__, C.__name__, c.__class__.__name__)
class D(C):
    pass
print(D().who(), D().log)
