# property, classmethod, staticmethod.

class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius):
        self._c = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.instances

    @staticmethod
    def describe(x):
        return "temp(%s)" % x


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError: read-only property")
u = Temperature.from_fahrenheit(212)
print(u.celsius, type(u).__name__)
print(Temperature.count(), t.count())
print(Temperature.describe(5), t.describe("x"))


class Sub(Temperature):
    scale = "sub"


s = Sub.from_fahrenheit(32)
print(type(s).__name__, s.celsius, Sub.count())


class Lazy:
    def __init__(self):
        self.computed = 0

    def _get(self):
        self.computed += 1
        return self.computed * 10

    value = property(_get)


lz = Lazy()
print(lz.value, lz.value, lz.computed)
