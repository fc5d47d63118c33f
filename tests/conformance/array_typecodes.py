# array: typecodes, append/extend, indexing, slicing and conversion to bytes.
import array
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], list(a), sum(a))
a[0] = 100
print(a)
b = array.array("B", b"hi")
print(b, bytes(b), b[0])
h = array.array("h", [-1, 2])
print(h, bytes(h), len(bytes(h)))
for tc in ("b", "B", "h", "H", "i", "I", "l", "L"):
    x = array.array(tc, [1, 2])
    print(tc, x, x.typecode if hasattr(x, "typecode") else "-", len(bytes(x)))
e = array.array("i")
print(e, len(e), list(e))
try:
    array.array("z")
except ValueError as e:
    print("ValueError", e)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
