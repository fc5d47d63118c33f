# io.StringIO and io.BytesIO in memory streams.
import io

s = io.StringIO()
s.write("hello ")
n = s.write("world\n")
print("wrote", n)
print("line two", file=s)
print(repr(s.getvalue()))

r = io.StringIO("alpha\nbeta\ngamma\n")
print(repr(r.readline()))
print(repr(r.read(3)))
print(repr(r.read()))
print(repr(r.read()))
r.seek(0)
print(r.readlines() if hasattr(r, "readlines") else None)
r.seek(6)
print(repr(r.readline()))

r2 = io.StringIO("x\ny\nz")
for line in r2:
    print("iter", repr(line))

b = io.BytesIO()
b.write(b"\x00\x01")
b.write(bytes([2, 3, 4]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.tell())
b.seek(0, 2)
print(b.tell())
b.seek(0)
b.write(b"ZZ")
print(b.getvalue())

br = io.BytesIO(b"abcdef")
print(br.read(2), br.read(10), br.read(1))

out = io.StringIO()
for i in range(3):
    out.write("%d," % i)
print(out.getvalue())
out.close()
try:
    out.getvalue()
except ValueError:
    print("ValueError after close")
with io.StringIO("ctx") as f:
    print(f.read())
