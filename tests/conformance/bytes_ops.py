b = b"hello"
print(b, b[0], b[1:3], len(b), b + b"!", b * 2, b"l" in b, list(b"ab"))
ba = bytearray(b"abc"); ba[0] = 65; ba.append(100); print(ba, bytes(ba), bytes([1, 2, 3]))
print("héllo".encode(), b"abc".decode(), b"a,b".split(b","), bytes(3), b"%d" % 5)
