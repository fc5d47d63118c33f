# int.from_bytes and int.to_bytes.
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff" * 9, "big"))
print((258).to_bytes(2, "big"), (258).to_bytes(2, "little"), (0).to_bytes(3, "big"))
print((2**64 - 1).to_bytes(8, "little"), (2**70).to_bytes(10, "big"))
print(int.from_bytes((123456789).to_bytes(4, "big"), "big"))
print(int.from_bytes(bytearray([0, 0, 1]), "big"))
for n in (0, 1, 255, 256, 65535, 2**40 + 5):
    b = n.to_bytes(8, "little")
    print(n, b, int.from_bytes(b, "little") == n)
