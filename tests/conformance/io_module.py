import io
s = io.StringIO()
s.write("hello ")
s.write("world\n")
print(repr(s.getvalue()))
r = io.StringIO("line1\nline2\nline3")
print(repr(r.readline()), repr(r.read()), repr(r.read()))
b = io.BytesIO(b"abc")
print(b.read(), b.getvalue())
out = io.StringIO()
print("printed", 42, file=out)
print(repr(out.getvalue()))
for line in io.StringIO("a\nb\n"):
    print(repr(line))
