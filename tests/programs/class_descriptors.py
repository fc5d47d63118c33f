# Descriptor protocol: __get__, __set__, __set_name__-free style.

class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)


class Person:
    name = Typed("name", str)
    age = Typed("age", int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
p.age = 31
print(p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Person.name, Typed))


class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return self.v * 2


class Holder:
    c = Constant(21)


print(Holder().c, Holder().c + 1)


class CountedAccess:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n


class User:
    hits = CountedAccess()


u = User()
print(u.hits, u.hits, User().hits)
