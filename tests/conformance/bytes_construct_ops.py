# Building bytes objects and their basic operations.
print(bytes(3), bytes([1, 2, 255]), bytes("abc", "utf-8"), bytes(range(3)), bytes(b"xy"))
print(bytes(bytearray(b"ba")), b"ab" + b"cd", b"ab" * 3, 3 * b"-", b"" * 5)
b = b"hello"
print(b[0], b[-1], b[1:3], b[:0], len(b), b"ell" in b, 104 in b, b == b"hello", b < b"help")
print(list(b), [x for x in b"\x00\xff"], b.upper() if hasattr(b, "upper") else "-")
print(repr(b"\n\t\\'\""), repr(b"\x7f\x80"), str(b"x"))
print("é".encode(), b"\xc3\xa9".decode(), "日本".encode("utf-8"), len("日本".encode()))
for args in ((-1,), ([256],), ("abc",), ([1, "x"],)):
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"a,b".split(b","), b"-".join([b"x", b"y"]))
