# repr, str and %-formats of single-precision floats spread over the whole range, made from
# bit patterns: normal numbers of every size, subnormals, integers near 2**24, ties.
import struct

def from_bits(u):
    return struct.unpack("<f", struct.pack("<I", u))[0]

s = 0x2545F491
vals = []
for i in range(600):
    s ^= (s << 13) & 0xFFFFFFFF
    s ^= s >> 17
    s ^= (s << 5) & 0xFFFFFFFF
    u = s & 0x7FFFFFFF
    if (u >> 23) == 0xFF:
        continue
    vals.append(from_bits(u | ((i & 1) << 31)))
for x in vals:
    print(repr(x), str(x))
for x in vals[:200]:
    print("%g %e %.3g %.10g %.12e" % (x, x, x, x, x))
for x in vals[:120]:
    if abs(x) < 1e20:
        print("%f %.0f %.3f %.12f" % (x, x, x, x))
for u in [0x4B7FFFFF, 0x4B800000, 0x4B800001, 0x3F800001, 0x3F7FFFFF, 0x00800000, 0x7F7FFFFF, 0x00000001, 0x007FFFFF, 0x3DCCCCCD, 0x3E4CCCCD]:
    x = from_bits(u)
    print(hex(u), repr(x), "%.9g" % x, "%.20f" % x, "%e" % x)
