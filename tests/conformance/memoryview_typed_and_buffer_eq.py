# memoryview over typed arrays gives items; buffer equality follows the item types;
# arrays are false when empty; array, deque and StringIO can be subclassed.
import array
import io
from collections import deque


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
print(len(m), m[0], m[-1], list(m), list(m[1:-1]), tuple(m[::1]))
for x in m[1:3]:
    print("item", x)
m[2] = 6
print(a, list(m), bytes(m[:1]))
print(list(memoryview(array.array("b", [127, -128]))), list(memoryview(array.array("h", [-1, 2]))))
print(list(memoryview(array.array("I", [2**32 - 1]))), sorted(memoryview(array.array("f", [2.5, 1.5]))))
print(list(memoryview(b"ab")), list(memoryview(bytearray(b"\xff"))))

show("mv == bytes", lambda: memoryview(b"abc") == b"abc")
show("bytes == mv", lambda: b"abc" == memoryview(b"abc"))
show("mv != bytes", lambda: memoryview(b"abc") != b"abd")
show("mv slice == bytes", lambda: memoryview(b"abcdef")[2:4] == b"cd")
show("mv(i) == mv(i)", lambda: memoryview(a) == memoryview(a))
show("mv(i) == bytes", lambda: memoryview(array.array("i", [1])) == b"\x01\x00\x00\x00")
show("array(i) == bytes", lambda: array.array("i", [1]) == b"\x01\x00\x00\x00")
show("bytes == array(i)", lambda: b"\x01\x00\x00\x00" == array.array("i", [1]))
show("array(b) == array(B)", lambda: array.array("b", [1]) == array.array("B", [1]))
show("array(b) == array(h)", lambda: array.array("b", [1]) == array.array("h", [1]))
show("array(f) == array(f)", lambda: array.array("f", [1]) == array.array("f", [1]))
show("array(b) == bytearray", lambda: array.array("b", [1]) == bytearray(b"\x01"))
show("bytearray == array(b)", lambda: bytearray(b"\x01") == array.array("b", [1]))
show("array(b) == 3", lambda: array.array("b", [1]) == 3)
show("array(b) != array(b)", lambda: array.array("b", [1]) != array.array("b", [2]))
print(bool(array.array("i")), bool(array.array("i", [0])), bool(memoryview(b"")), bool(memoryview(b"x")))


class A(array.array):
    def total(self):
        return sum(self)


x = A("h", [1, 2, 3])
x.append(4)
print(x.total(), len(x), x[1], list(x), bytes(A("b", [0x61, 0x62])) == b"ab")


class Q(deque):
    def both(self):
        return self.popleft(), self.pop()


q = Q([1, 2, 3], 5)
q.append(4)
print(q.both(), len(q))


class S(io.StringIO):
    def shout(self):
        return self.getvalue().upper()


s = S("ab")
s.seek(0, 2)
s.write("cd")
print(s.shout())
