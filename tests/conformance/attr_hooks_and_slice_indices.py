# __delattr__ alongside __setattr__, object.__setattr__/__delattr__ (direct, also through
# super()), and slice.indices().
class C:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


c = C()
c.a = 5
print(c.a)
del c.a
try:
    print(c.a)
except AttributeError:
    print("AttributeError")
object.__setattr__(c, "b", 1)
print(c.b)
try:
    object.__delattr__(c, "missing")
except AttributeError:
    print("AttributeError")
try:
    object.__setattr__(c, 5, 5)
except TypeError:
    print("TypeError")


class Only:
    def __delattr__(self, name):
        print("refusing to delete", name)


o = Only()
o.x = 1
del o.x
print(o.x)


class Grab:
    def __getitem__(self, s):
        return s


g = Grab()
for s in (g[:], g[2:], g[:7], g[2:7:2], g[2:7:-2], g[7:2:-2], g[-3:], g[::-1], g[-100:100]):
    print(s, s.indices(10), s.indices(5), s.indices(0))
try:
    g[::0].indices(3)
except ValueError as e:
    print("ValueError", e)
try:
    g[:].indices(None)
except TypeError:
    print("TypeError")
