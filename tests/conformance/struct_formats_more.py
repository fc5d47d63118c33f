# struct: sizes, byte orders, padding and errors.
import struct
for fmt in ("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "<h", ">i", "2h", "bi", "<bi", "3s", "x"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<hH", -2, 65535), struct.pack(">I", 1), struct.pack("<i", -1), struct.pack("B", 255))
print(struct.pack("<q", -2), struct.pack(">Q", 2**64 - 1), struct.pack("<f", 1.5), struct.pack(">d", -0.5))
print(struct.unpack("<hH", b"\xfe\xff\xff\xff"), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<q", b"\xff" * 8))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] != 0.1, struct.unpack("<d", struct.pack("<d", 0.1))[0] == 0.1)
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.unpack("2s", b"xy"))
print(struct.pack("<bxh", 1, 2), struct.unpack("<2b", b"\x80\x7f"))
for f in (lambda: struct.pack("<h", 1, 2), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
