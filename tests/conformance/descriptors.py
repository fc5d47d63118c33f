# Descriptors: __get__ through instances (a class's own access gets the descriptor
# itself, as in MicroPython), __set__, __delete__, __set_name__, and a descriptor with
# only __get__.
named = []


class Field:
    def __set_name__(self, owner, name):
        named.append((owner.__name__, name))
        self.name = "_" + name

    def __get__(self, obj, cls):
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Computed:
    def __get__(self, obj, cls):
        return "computed for " + cls.__name__


class Rec:
    x = Field()
    y = Field()
    c = Computed()
    plain = 5


print(sorted(named))
r = Rec()
print(r.x, type(Rec.x).__name__, r.plain, r.c, type(Rec.c).__name__)
r.x = 3
r.y = "why"
print(r.x, r.y, r._x)
del r.x
print(r.x)


class Sub(Rec):
    z = Field()


s = Sub()
s.z = 1
s.x = 2
print(s.z, s.x, s.c, sorted(named))
