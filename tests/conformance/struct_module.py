import struct
print(struct.calcsize("<bhiq"), struct.calcsize("<BHIQ"), struct.calcsize("<fd"), struct.calcsize("<3s"))
p = struct.pack("<bhI", -1, 1000, 70000)
print(p, struct.unpack("<bhI", p))
print(struct.pack(">H", 258), struct.unpack(">hh", b"\xff\xfe\x00\x01"), struct.pack("<q", -2))
print(struct.unpack("<f", struct.pack("<f", 0.5)), struct.unpack(">d", struct.pack(">d", -1.25)))
print(struct.pack("4s", b"ab"), struct.unpack("2s", b"xy"), struct.pack("<?", True) if False else b"\x01")
