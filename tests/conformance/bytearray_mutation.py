# bytearray: in-place changes.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
print(ba, len(ba))
ba[0] = 65
ba[-1] = 72
print(ba, ba[0], ba[1:3])
ba[1:3] = b"XYZ"
print(ba)
ba[0:2] = b""
print(ba)
ba += b"!!"
print(ba, bytes(ba), ba == b"Zdefg" + b"H!!")
z = bytearray(4)
print(z, bytearray([1, 2]), bytearray("hi", "utf-8"), bytearray(range(5, 8)))
for bad in (lambda: ba.append(256), lambda: ba.__setitem__(0, -1), lambda: ba[100]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = bytearray(b"xyz")
d = c
d[0] = 0x41
print(c, c is d, c.decode(), list(c))
