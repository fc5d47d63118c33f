# hex/oct/bin of small, negative and big ints, and parsing them back.
for n in (0, 1, -1, 255, -256, 2**31, 2**64 + 1, -(2**70)):
    print(hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int("0x1F", 0), int("0o17", 0), int("0b11", 0))
print(hex(True), bin(False))
for bad in (1.5, "10", None):
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
