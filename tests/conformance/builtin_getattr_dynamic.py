# getattr/setattr/hasattr/delattr with dynamic names and defaults.
class Obj:
    cls_attr = "C"
o = Obj()
for name in ("a", "b", "c"):
    setattr(o, name, name * 2)
print(o.a, getattr(o, "b"), getattr(o, "zz", "default"), hasattr(o, "c"), hasattr(o, "zz"))
print(getattr(o, "cls_attr"), hasattr(Obj, "cls_attr"), hasattr(Obj, "a"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "a")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError", e)
setattr(Obj, "added", 42)
print(o.added, Obj.added, getattr(Obj, "added"))
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(5, "real") if False else True)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError")
