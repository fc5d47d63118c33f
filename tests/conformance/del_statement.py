# del on names, list items, slices, dict keys and attributes.

a = 1
b = [1, 2, 3, 4, 5, 6]
del a
try:
    print(a)
except NameError:
    print("NameError after del")
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(sorted(d))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)


class C:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


c = C()
del c.a
print(hasattr(c, "a"), c.b)
del C.cls_attr
print(hasattr(c, "cls_attr"))
p, q, r = 1, 2, 3
del p, q
print(r, "p" in globals(), "q" in globals())


def local_del():
    v = 5
    del v
    try:
        return v
    except NameError:
        return "local NameError"


print(local_del())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
for i in range(3):
    pass
del i
print("i" in globals())
try:
    del undefined_name
except (NameError, KeyError) as e:
    print(type(e).__name__, "deleting undefined global")
