# struct: the half-precision 'e' code (as MicroPython converts it), format validation,
# missing values left zero, bytes formats, and pack_into's room check.
import struct
for x in (1 + 2**-11, 1 + 3 * 2**-11, 1.5, 65504.0, 65520.0, 1e-7, 2**-24, 2**-25, 3 * 2**-26, -0.0, float('inf'), float('nan'), 1e10, 0.1, 2047.5, 3.0 - 2**-11):
    b = struct.pack('<e', x)
    print(repr(x), b, struct.unpack('<e', b)[0])
print(struct.calcsize('e'), struct.calcsize('@be'), struct.calcsize('<be'), struct.pack('>e', 1.0))
try:
    print('struct.pack(1, 2)', "->", struct.pack(1, 2))
except Exception as e:
    print('struct.pack(1, 2)', "->", type(e).__name__, e)
try:
    print("struct.unpack('2H', b'\\x00\\x00')", "->", struct.unpack('2H', b'\x00\x00'))
except Exception as e:
    print("struct.unpack('2H', b'\\x00\\x00')", "->", type(e).__name__, e)
try:
    print("struct.pack_into('2I', bytearray(4), 0, 0)", "->", struct.pack_into('2I', bytearray(4), 0, 0))
except Exception as e:
    print("struct.pack_into('2I', bytearray(4), 0, 0)", "->", type(e).__name__, e)
try:
    print("struct.unpack('z', b'1')", "->", struct.unpack('z', b'1'))
except Exception as e:
    print("struct.unpack('z', b'1')", "->", type(e).__name__, e)
try:
    print("struct.pack('z', (b'1',))", "->", struct.pack('z', (b'1',)))
except Exception as e:
    print("struct.pack('z', (b'1',))", "->", type(e).__name__, e)
try:
    print("struct.calcsize('0z')", "->", struct.calcsize('0z'))
except Exception as e:
    print("struct.calcsize('0z')", "->", type(e).__name__, e)
try:
    print("struct.calcsize('1')", "->", struct.calcsize('1'))
except Exception as e:
    print("struct.calcsize('1')", "->", type(e).__name__, e)
try:
    print("struct.pack('1')", "->", struct.pack('1'))
except Exception as e:
    print("struct.pack('1')", "->", type(e).__name__, e)
try:
    print("struct.pack_into('1', bytearray(4), 0, 'xx')", "->", struct.pack_into('1', bytearray(4), 0, 'xx'))
except Exception as e:
    print("struct.pack_into('1', bytearray(4), 0, 'xx')", "->", type(e).__name__, e)
try:
    print("struct.unpack_from('1', 'xx')", "->", struct.unpack_from('1', 'xx'))
except Exception as e:
    print("struct.unpack_from('1', 'xx')", "->", type(e).__name__, e)
try:
    print("struct.calcsize('2s3B')", "->", struct.calcsize('2s3B'))
except Exception as e:
    print("struct.calcsize('2s3B')", "->", type(e).__name__, e)
try:
    print("struct.pack('<2s', b'abc')", "->", struct.pack('<2s', b'abc'))
except Exception as e:
    print("struct.pack('<2s', b'abc')", "->", type(e).__name__, e)
try:
    print("struct.unpack('<i', b'ab')", "->", struct.unpack('<i', b'ab'))
except Exception as e:
    print("struct.unpack('<i', b'ab')", "->", type(e).__name__, e)
try:
    print("struct.pack('b', 1, 2)", "->", struct.pack('b', 1, 2))
except Exception as e:
    print("struct.pack('b', 1, 2)", "->", type(e).__name__, e)
try:
    print("struct.pack('bb', 1)", "->", struct.pack('bb', 1))
except Exception as e:
    print("struct.pack('bb', 1)", "->", type(e).__name__, e)
try:
    print("struct.calcsize('>0s')", "->", struct.calcsize('>0s'))
except Exception as e:
    print("struct.calcsize('>0s')", "->", type(e).__name__, e)
try:
    print("struct.pack('P', 1)", "->", struct.pack('P', 1))
except Exception as e:
    print("struct.pack('P', 1)", "->", type(e).__name__, e)
try:
    print("struct.calcsize('@bi')", "->", struct.calcsize('@bi'))
except Exception as e:
    print("struct.calcsize('@bi')", "->", type(e).__name__, e)
try:
    print("struct.calcsize('=bi')", "->", struct.calcsize('=bi'))
except Exception as e:
    print("struct.calcsize('=bi')", "->", type(e).__name__, e)
try:
    print("struct.pack('?', 2)", "->", struct.pack('?', 2))
except Exception as e:
    print("struct.pack('?', 2)", "->", type(e).__name__, e)
try:
    print("struct.unpack('<e', b'\\x00<')", "->", struct.unpack('<e', b'\x00<'))
except Exception as e:
    print("struct.unpack('<e', b'\\x00<')", "->", type(e).__name__, e)
try:
    print("struct.pack('<e', 1.5)", "->", struct.pack('<e', 1.5))
except Exception as e:
    print("struct.pack('<e', 1.5)", "->", type(e).__name__, e)
try:
    print("struct.calcsize('e')", "->", struct.calcsize('e'))
except Exception as e:
    print("struct.calcsize('e')", "->", type(e).__name__, e)
for f, args in (("b b", (1, 2)), ("bb", (1, 2, 3)), ("2s", (b"a",)), ("=b", (1,)), ("=2x", ()), ("=s", (b"a",)), ("<?", (1,)), ("bx", (1, 2)), ("3b", (1,))):
    try:
        print(f, struct.pack(f, *args))
    except Exception as e:
        print(f, type(e).__name__, e)
for f in ("b b", "=2x", "2", "<", "", "3s", "@hb", "@bh"):
    try:
        print(f, struct.calcsize(f))
    except Exception as e:
        print(f, type(e).__name__, e)
try:
    print(struct.unpack(b"<b", b"\x01"))
except Exception as e:
    print(type(e).__name__, e)
