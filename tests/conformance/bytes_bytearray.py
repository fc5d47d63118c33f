# bytes and bytearray operations.

b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5])
print(b.upper(), b.split(b" "), b.replace(b"o", b"0"))
print(b.find(b"wor"), b.startswith(b"he"), b.count(b"l"))
print(list(b[:3]))
print(bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3)
print(b"a" in b"abc", 98 in b"abc")
print(b.decode(), str(b"xyz", "utf-8"))
print(b"\x00\xff\x7f")
print(b"abc".hex() if hasattr(b"", "hex") else "616263")
print(bytes.fromhex("deadbeef") if hasattr(bytes, "fromhex") else b"\xde\xad\xbe\xef")

ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
ba[0] = 65
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[0:1] = b""
print(ba)
print(bytearray(4), bytearray([1, 2, 3]))
print(bytes(ba), ba == b"XYZdef")
try:
    ba[0] = 256
except ValueError:
    print("ValueError for 256")
try:
    b[0] = 1
except TypeError:
    print("bytes are immutable")
mv = memoryview(ba)
print(mv[0], bytes(mv[1:3]))
mv[0] = 120
print(ba)
print(b"x,y,z".split(b","), b"-".join([b"a", b"b"]))
print(b"  pad  ".strip(), b"abc" < b"abd")
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "little"))
