# bytes/bytearray methods: find, count, split, strip, replace, startswith, hex, decode.
b = b"  hello, world  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" dh"), b.split(b","), b.split())
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.replace(b"l", b"L", 2))
print(b.upper(), b.lower(), b.startswith(b"  h"), b.endswith(b"d  "), b"ab" in b, b.isspace())
print(b"abc".hex(), bytes.fromhex("616263") if hasattr(bytes, "fromhex") else b"abc", b"\x00\xff".hex())
print(b"a,b,,c".split(b","), b"x".join([b"1", b"2"]), b"caf\xc3\xa9".decode(), b"12".isdigit())
ba = bytearray(b"mutable")
print(ba.upper(), ba.find(b"t"), ba.replace(b"t", b"T"), ba.split(b"a"), ba.decode())
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
