# chr/ord round trips and their errors.
for c in ("a", "Z", "0", " ", "é", "€", "日", "😀"):
    print(repr(c), ord(c), chr(ord(c)) == c, len(c.encode()))
print(chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord(b"A"), ord(b"z"))
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: chr("a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
