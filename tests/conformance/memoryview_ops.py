# memoryview over bytes, bytearray and array.
import array

data = bytearray(b"0123456789")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], bytes(mv[2:5]))
sub = mv[4:8]
print(bytes(sub), len(sub))
sub[0] = ord("X")
print(data)
mv[0:2] = b"ab"
print(data)
ro = memoryview(b"readonly")
print(bytes(ro[4:]))
try:
    ro[0] = 65
except TypeError:
    print("TypeError: read-only memoryview")
arr = array.array("h", [1, -2, 3, 300])
am = memoryview(arr)
print(len(am), am[1], am[3])
am[0] = -100
print(arr)
print(list(memoryview(b"abc")))
print(bytes(memoryview(bytearray(3))))
big = bytearray(range(16))
view = memoryview(big)[8:]
print(view[0], view[7], bytes(view[2:4]))
total = 0
for byte in memoryview(b"\x01\x02\x03"):
    total += byte
print(total)
print(bytearray(mv[1:3]), b"" + mv[3:5])
