# bytes/bytearray/memoryview .hex([sep]), bytes.fromhex, object.__new__, and __new__ as an
# implicit static method.
for x in (
    b"",
    b"\x00\x01\x02\x03\x04\x05\x06\x07",
    b"\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f",
    b"\x7f\x80\xff",
    b"1234ABCDabcd",
):
    print(x.hex())
    print(bytearray(x).hex())
    print(memoryview(x).hex())
    print(x.hex(":"))
    print(bytearray(x).hex(":"))
    print(memoryview(x).hex(":"))

for x in (
    "0001020304050607",
    "08090a0b0c0d0e0f",
    "7f80ff",
    "313233344142434461626364",
    "ab\tcd\n  ef ",
    "ab cd ef",
    "ab cd ef ",
    " ab cd ef ",
    # Invalid hex strings:
    "abcde",  # Odd number of hex digits
    "ab cd e",
    "a b cd ef",  # Spaces between hex pairs
    "ab cd e f ",
    "abga",  # Invalid hex digits
    "ab_cd",
    "ab:cd",
):
    try:
        print(bytes.fromhex(x))
    except ValueError:
        print("ValueError", x)
print(type(bytes.fromhex("00ff")), bytes.fromhex("") == b"")
try:
    bytes.fromhex(5)
except TypeError:
    print("TypeError")


class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("A.__init__", args)


a = A(1, 2)
b = A.__new__(A)
print(type(b).__name__, isinstance(b, A))
o = object.__new__(A)
print(isinstance(o, A), hasattr(o, "x"))
for bad in (1, int):
    try:
        object.__new__(bad)
    except TypeError:
        print("TypeError")
