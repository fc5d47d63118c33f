# struct and array with 'f' and 'd' items when the float itself is single precision.
import struct
import array
for v in [0.1, 1 / 3, 1e38, 1e-45, 16777217.0, -2.5, 3.4e38]:
    f = struct.pack("<f", v)
    d = struct.pack("<d", v)
    print(repr(v), f, d, struct.unpack("<f", f)[0], struct.unpack("<d", d)[0])
big = struct.pack("<d", 1e300)
small = struct.pack("<d", 1e-300)
exact = struct.pack("<d", 0.1)
print(struct.unpack("<d", big), struct.unpack("<d", small), struct.unpack("<d", exact))
print(struct.unpack("<2d", struct.pack("<2d", 1.1, 2.2)), struct.calcsize("fd"))
a = array.array("f", [0.1, 0.2, 1 / 3, 1e10])
b = array.array("d", [0.1, 0.2, 1 / 3, 1e10])
print(a, b, a[2], b[2], sum(a), sum(b))
a.append(2.5)
b[0] = 7.25
print(list(a), list(b), bytes(array.array("f", [1.5])), bytes(array.array("d", [1.5])))
