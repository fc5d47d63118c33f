try:
    raise ValueError("msg", 2, [3])
except ValueError as e:
    print(e.args, len(e.args), str(e), repr(e))
e = KeyError("key")
print(e.args, str(e), repr(e))
s = StopIteration(5)
print(s.value, s.args)
o = OSError(2, "No such file")
print(o.args, str(o))
print(str(Exception()), repr(Exception()), str(Exception(None)), Exception("a") is not None)
class E(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
ee = E(1, 2)
print(ee.a, ee.b, ee.args)
