# Instances of classes derived from bytes, bytearray and array act as buffers.
import array
import struct


class B(bytes):
    pass


class BA(bytearray):
    pass


class A(array.array):
    pass


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b1, b2, b3 = B([0, 1]), B([2, 3]), bytes([4, 5])
show("B + B", lambda: b1 + b2)
show("B + bytes", lambda: b1 + b3)
show("bytes + B", lambda: b3 + b1)
show("bytes(B)", lambda: bytes(b1))
show("bytearray(B)", lambda: bytearray(b2))
ba = BA(b"xy")
show("bytes(BA)", lambda: bytes(ba))
show("bytes + BA", lambda: b"-" + ba)
a = A("h", [1, 2])
show("bytes(A)", lambda: bytes(a))
show("unpack A", lambda: struct.unpack("<2h", a))
show("memoryview(B)", lambda: memoryview(b1)[1])
