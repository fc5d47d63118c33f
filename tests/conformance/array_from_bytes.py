# array(typecode, bytes or bytearray) copies the bytes raw (whole items only); from any other
# iterable, another array included, it takes the items one by one.
from array import array

print(array("h", b"22"), array("h", bytearray(2)), array("i", bytearray(4)), array("H", b"abc"))
print(array("B", b"\x01\xff"), array("b", b"\x01\xff"), array("d", bytes(8)), array("f", b""))
print(array("H", array("b", [1, 2])), array("b", array("I", [1, 2])), array("i", range(3)))
print(array("I", [7]) == array("I", bytes([7, 0, 0, 0])), len(array("q", bytes(17))))
