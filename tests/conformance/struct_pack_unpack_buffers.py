# struct: pack, unpack, calcsize, byte orders, pack_into/unpack_from.
import struct

print(struct.calcsize("<bhiq"), struct.calcsize("<BHIQ"), struct.calcsize("<ff"), struct.calcsize("<d"))
print(struct.calcsize("<3s"), struct.calcsize("<2H"))

p = struct.pack("<hHiI", -2, 65535, -100000, 4000000000)
print(p)
print(struct.unpack("<hHiI", p))
print(struct.pack(">I", 0x01020304), struct.pack("<I", 0x01020304))
print(struct.pack("!H", 258))
print(struct.unpack(">HH", b"\x00\x01\x01\x00"))
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("<f", 1.5), struct.unpack("<f", struct.pack("<f", 0.25)))
print(struct.pack("<d", -2.0))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)))
print(struct.pack("<5s", b"abc"), struct.pack("<2s", b"abcdef"))
print(struct.unpack("<3s", b"xyz"))
print(struct.pack("<bB", -128, 255))
print(struct.pack("<2h", 1, -1), struct.calcsize(">bi"))
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<3B", b"\x07\x08\x09"))

buf = bytearray(12)
struct.pack_into("<HI", buf, 2, 0xABCD, 0x11223344)
print(buf)
print(struct.unpack_from("<I", buf, 4))
print(struct.unpack_from("<H", buf, 2))

records = [(1, 10), (2, 20), (3, 30)]
blob = b"".join(struct.pack("<BH", a, b) for a, b in records)
print(blob, len(blob))
size = struct.calcsize("<BH")
print([struct.unpack("<BH", blob[i:i + size]) for i in range(0, len(blob), size)])
try:
    struct.unpack("<I", b"ab")
except ValueError:
    print("ValueError: buffer too small")
print(struct.unpack("<i", b"\x00\x00\x00\x80"))
