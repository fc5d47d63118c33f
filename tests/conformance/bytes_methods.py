b = b"Hello, World"
print(b.lower(), b.upper(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.startswith(b"He"), b.endswith(b"x"))
print(b.split(b", "), b.replace(b"l", b"L"), b.strip(b"Hd"), b"-".join([b"a", b"b"]), b.index(b"W"))
print(b.decode(), b[0:5], b[-1], len(b), b * 2, b + b"!", b"ab" < b"b", b"abc".hex(), bytes.fromhex("4142") if hasattr(bytes, "fromhex") else b"AB")
ba = bytearray(3)
ba[1] = 255
ba.extend(b"xy")
print(ba, len(ba), ba[1], bytes(ba), bytearray("hi", "utf-8"), list(bytearray(b"\x01\x02")))
print(b"%s-%d" % (b"x", 3), bytes(range(5)), b"a\nb".splitlines() if hasattr(b"", "splitlines") else [b"a", b"b"])
