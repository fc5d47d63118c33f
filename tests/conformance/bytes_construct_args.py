# bytes(), bytearray() and str() with their argument rules.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("bytes()", lambda: bytes())
show("bytes('abc')", lambda: bytes("abc"))
show("bytes('abc', 'utf-8')", lambda: bytes("abc", "utf-8"))
show("bytes('abc', 'utf-8', 'strict')", lambda: bytes("abc", "utf-8", "strict"))
show("bytes('abc', 'utf-8', 'replace', 'x')", lambda: bytes("abc", "utf-8", "replace", "x"))
show("bytes([1, 2, 3], 1)", lambda: bytes([1, 2, 3], 1))
show("bytes(3)", lambda: bytes(3))
show("bytes(-1)", lambda: bytes(-1))
show("bytes([256])", lambda: bytes([256]))
show("bytes(b'ab')", lambda: bytes(b"ab"))
show("bytes(bytearray(b'ab'))", lambda: bytes(bytearray(b"ab")))
show("bytes(x=1)", lambda: bytes(x=1))
show("bytearray('1234')", lambda: bytearray("1234"))
show("bytearray('12', 'utf-8')", lambda: bytearray("12", "utf-8"))
show("bytearray([1, 2], 1)", lambda: bytearray([1, 2], 1))
show("bytearray(2)", lambda: bytearray(2))
show("bytearray(1, 2, 3, 4)", lambda: bytearray(1, 2, 3, 4))
show("str(b'ab', 'utf-8')", lambda: str(b"ab", "utf-8"))
show("str(b'ab', 'utf-8', 'ignore', 'x')", lambda: str(b"ab", "utf-8", "ignore", "x"))
show("str(x=1)", lambda: str(x=1))
show("str(5)", lambda: str(5))
