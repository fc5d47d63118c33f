class Base:
    count = 0
    def __init__(self, v):
        self.v = v
        Base.count += 1
    def describe(self):
        return "Base(%s)" % self.v
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @property
    def double(self):
        return self.v * 2
class Child(Base):
    def describe(self):
        return "Child:" + super().describe()
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __len__(self):
        return self.v
    def __add__(self, o):
        return Child(self.v + o.v)
    def __str__(self):
        return "C%d" % self.v
c = Child(3)
print(c.describe(), Base.s(4), Child.make(5).describe(), c.double, Base.count)
print(c == Child(3), c < Child(4), len(c), str(c + Child(1)), sorted([Child(2), Child(1)])[0])
print(isinstance(c, Base), issubclass(Child, Base), type(c).__name__, hasattr(c, "v"), getattr(c, "zz", "no"))
class M1:
    def who(self): return "M1"
class M2:
    def who(self): return "M2"
    def only2(self): return "only2"
class D(M1, M2): pass
print(D().who(), D().only2())
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None); return True
with Ctx() as x:
    raise KeyError("k")
print("after")
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()))
