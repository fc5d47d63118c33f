# print with sep, end and file arguments in combination.
import io
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(sep="-")
print()
for kw in ({"sep": None}, {"end": None}, {"sep": 1}):
    try:
        print("a", "b", **kw)
    except TypeError as e:
        print("TypeError", e)
buf = io.StringIO()
print("x", 1, [2], sep="|", end="!", file=buf)
print("y", file=buf)
print(repr(buf.getvalue()))
print(*range(5), sep=" < ")
print("", end="")
print(*"abc")
print(None, True, 1.5, b"b", bytearray(b"ba"), (1,), [], {}, set(), frozenset())
