class O:
    cls_attr = "C"
    def method(self):
        return "m"
o = O()
setattr(o, "x", 10)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "method")(), hasattr(o, "method"), hasattr(o, "nope"))
print(getattr(o, "nope", "default"), getattr(O, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError", e)
class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name
d = Dyn()
d.real = 1
print(d.real, d.anything, getattr(d, "other"))
