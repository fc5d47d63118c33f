b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m), list(m)[:3])
ba = bytearray(b"xyz")
mv = memoryview(ba)
print(mv[1], len(mv))
