class Temperature:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)
    @staticmethod
    def valid(d):
        return d > -273
    def __repr__(self):
        return "%d%s" % (self.deg, self.scale)
class Kelvin(Temperature):
    scale = "K"
print(Temperature.from_f(212), Kelvin.from_f(32), Temperature.valid(-300), Kelvin.valid(0))
t = Temperature(5)
print(t.from_f(50), t.valid(1), type(Kelvin.from_f(50)).__name__)
