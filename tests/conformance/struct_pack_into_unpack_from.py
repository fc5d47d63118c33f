# struct.pack_into and struct.unpack_from with offsets, negative offsets and bounds errors.
import struct
buf = bytearray(12)
struct.pack_into("<HI", buf, 2, 0xABCD, 0x11223344)
print(buf)
print(struct.unpack_from("<I", buf, 4), struct.unpack_from("<H", buf, 2), struct.unpack_from("<B", buf))
struct.pack_into(">h", buf, -2, -2)
print(buf[-2:], struct.unpack_from(">h", buf, -2))
records = bytearray()
for i in range(3):
    records += struct.pack("<BH", i, i * 100)
print(records, [struct.unpack_from("<BH", records, k * 3) for k in range(3)])
for f in (lambda: struct.pack_into("<I", buf, 10, 1), lambda: struct.unpack_from("<I", buf, 10), lambda: struct.unpack_from("<I", b"\x00\x01")):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
