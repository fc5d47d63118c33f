# sys's descriptive attributes (the parts that do not depend on the port), and the item
# methods dict and set expose as attributes.
import sys

imp = sys.implementation
print(imp.name, imp[0], len(imp) >= 4, type(imp.version), imp.version[0], imp._mpy & 0xFF, imp._mpy >> 8 & 3)
print(str(imp).startswith("(name='micropython', version="))
print(type(sys.path), type(sys.argv), type(sys.version), sys.version[:4], sys.version_info[0])
print(sys.byteorder, sys.maxsize > 100, hasattr(imp, "_mpy"), hasattr(imp, "nothing"))
sys.path.append("/extra")
print(sys.path[-1])

d = {}
d.__setitem__("k", "v")
print(d.__getitem__("k"), d)
d.__delitem__("k")
print(d)
s = {1, 2}
print(s.__contains__(1), s.__contains__(3), frozenset([4]).__contains__(4))
try:
    d.__getitem__("missing")
except KeyError as e:
    print("KeyError", e)
