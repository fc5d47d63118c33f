class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), B().hello())
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Mid(Base):
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
m = Mid(1, y=2)
print(m.x, m.kw)
