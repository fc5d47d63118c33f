class Base:
    def m(self):
        return "Base"
    def only_base(self):
        return "only_base"
class Left(Base):
    def m(self):
        return "Left"
class Right(Base):
    def m(self):
        return "Right"
    def r(self):
        return "Right.r"
class Child(Left, Right):
    pass
c = Child()
print(c.m(), c.r(), c.only_base(), isinstance(c, Right), issubclass(Child, Base))
class Mix1:
    tag = "mix1"
class Mix2:
    tag = "mix2"
    extra = 5
class Both(Mix1, Mix2):
    pass
print(Both.tag, Both.extra, Both().tag)
