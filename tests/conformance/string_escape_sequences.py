# String and bytes literals: escapes, raw strings, triple quotes.

print("tab:\t|newline:\\n|quote:\"|apos:\'")
print(repr("a\tb\nc\rd\\e"))
print(len("\x41\u00e9\U0001F600"), "\x41", "\101", "\u00e9".encode())
print(r"raw \n stays", len(r"\n"))
print(rb"\x00", b"\x00\x01\xff")
print(repr("\0"), repr("\x7f"), repr("\x1b"))
s = """line one
line two
    indented"""
print(s)
print(len(s.split("\n")))
t = '''single 'quotes' and "double"'''
print(t)
print("adjacent" " literals" ' concatenate')
print("continued \
line")
print("é" == "\u00e9", "\xe9" == "\u00e9")
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr(b"\t\n\\"), repr(bytes([7, 8, 11, 12])))
print("\u263a".encode("utf-8"), b"\xe2\x98\xba".decode())
print([c for c in "a\nb"], ord("\a"), ord("\v"), ord("\f"))
print("%r" % "\u00ff\u0100")
print("x" "\
y")
