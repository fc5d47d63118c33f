class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")
class K:
    n = 0
    @classmethod
    def make(cls):
        cls.n += 1
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
class K2(K):
    pass
K.make(); K2.make(); K2.make()
print(K.n, K2.n, K.add(1, 2), K().add(3, 4), type(K2.make()).__name__)
