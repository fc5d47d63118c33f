# repr() of strings and bytes with quotes, escapes and non-ASCII characters.
for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x1f\x7f", "é日", "\r\x0b\x0c"):
    print(repr(s), len(s))
for b in (b"plain", b"it's", b'\x00\xff', b"\t\n\r", b'"', b"\\"):
    print(repr(b), len(b))
print(str("x"), str(b"x"), repr(repr("a")), [("a", b"b")])
print("%r %s" % ("q'", "q'"), "{!r}".format('d"q'))
