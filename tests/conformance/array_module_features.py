# array.array with several typecodes.
from array import array

a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], sum(a))
a[1] = 20
print(a[1], list(a[2:4]))
print(array("b", [-1, 127]), array("B", [0, 255]))
print(array("h", [-32768, 32767]), array("H", [65535]))
print(array("l", [2 ** 31 - 1]), array("I", [4294967295]))
print(array("q", [-2 ** 63]), array("Q", [2 ** 64 - 1]))
print(array("f", [0.5, 1.5]), array("d", [1e100, -2.5]))
b = array("B", b"hello")
print(b, bytes(b), len(b))
c = array("B", [250])
c[0] = 300 & 0xFF
print(c)
print(array("i") , len(array("d")))
e = array("H", [1, 2]) + array("H", [3])
print(e)
print(list(array("b", [5, -5, 0])))
print(3 in array("i", [1, 2, 3]) if hasattr(array, "__contains__") else True)
print(array("B", [1, 2]) == array("B", [1, 2]))
f = array("I", range(5))
for v in f:
    print(v, end=" ")
print()
print(array("i", [10, 20, 30])[1:])
print(bytes(array("H", [0x0102, 0x0304])))
