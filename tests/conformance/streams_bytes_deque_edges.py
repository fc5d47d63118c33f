# BytesIO/StringIO: writing past the end, write(buf, len) and write(buf, off, len),
# readinto, flush, seek before the start; int.to_bytes/from_bytes defaults and overflow;
# OrderedDict equality by order; deque slicing and the overflow-checking flag; slices
# are unhashable; a bool formatted with a spec is an int.
import io
from collections import OrderedDict, deque


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e.args)


b = io.BytesIO()
print(b.seek(5), b.write(b"xy"), b.getvalue(), b.tell())
print(b.seek(-1, 2), b.write(b"Z"), b.getvalue(), b.flush())
w = io.BytesIO()
print(w.write(b"foo", 2), w.write(b"foobar", 1, 3), w.write(b"foobar", 4, 100), w.write(b"ab", 9, 9))
print(w.getvalue())
r = io.BytesIO(b"hello world")
buf = bytearray(4)
print(r.readinto(buf), buf, r.readinto(buf, 2), buf, r.read())
show("seek(-10)", lambda: io.BytesIO(b"abc").seek(-10))
s = io.StringIO()
s.seek(3)
s.write("ab")
print(repr(s.getvalue()))

for n, args in ((10, ()), (100, (10,)), (255, (1,)), (256, (1,)), (-1, (1,)), (-128, (1,)),
                (-129, (1,)), (1 << 70, (9,)), (1 << 70, (10, "little")), (-(1 << 40), (6, "big")),
                (0, (0,)), (5, (2, "little")), (5, (2, "other"))):
    show("%d.to_bytes%r" % (n, args), lambda: n.to_bytes(*args))
show("to_bytes(-1)", lambda: (1).to_bytes(-1))
show("from_bytes(b'\\x01\\x00')", lambda: int.from_bytes(b"\x01\x00"))
show("from_bytes little", lambda: int.from_bytes(b"\x01\x00", "little"))
show("from_bytes long", lambda: int.from_bytes(b"\xff" * 12, "big"))

x, y = OrderedDict(), OrderedDict()
x["a"], x["b"] = 1, 2
y["b"], y["a"] = 2, 1
print(x == y, x == dict(y), dict(x) == y, x == OrderedDict(x), x != y)

q = deque([1, 2, 3], 5)
show("q[1:]", lambda: q[1:])
show("q[-1]", lambda: q[-1])
show("q[5]", lambda: q[5])
c = deque((), 2, True)
c.append(1)
c.append(2)
show("full append", lambda: c.append(3))
show("full appendleft", lambda: c.appendleft(0))
print(list(c), c.popleft(), c.pop(), len(c))
show("empty popleft", lambda: c.popleft())
d = deque((), 2)
for i in range(5):
    d.append(i)
print(list(d))

dd = {}
try:
    dd[1:2] = 3
except TypeError as e:
    print("TypeError", e)
print("{:5}|{:>5}|{}|{:d}|{:x}".format(True, False, True, True, True))
