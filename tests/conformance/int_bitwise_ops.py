# Bitwise operations on small and large ints.

a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 | 0x0F, -5 ^ 3, ~-1, ~0)
print(1 << 0, 1 << 31, 1 << 32, 1 << 64, 1 << 100)
print((1 << 100) >> 99, (1 << 100) >> 200, -(1 << 100) >> 99)
big = (1 << 80) - 1
print(big & 0xFFFF, big ^ (1 << 79), big | 1, big >> 70)
print(-big & 0xFF, ~big)


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(i) for i in range(17)])
print(popcount(big), popcount(0xDEADBEEF))


def reverse_bits8(v):
    r = 0
    for i in range(8):
        if v & (1 << i):
            r |= 1 << (7 - i)
    return r


print([reverse_bits8(v) for v in (1, 2, 3, 128, 0xF0)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
x = 0x12345678
print(hex((x >> 24) & 0xFF), hex((x >> 16) & 0xFF), hex(x & 0xFFFF))
try:
    1 << -1
except ValueError:
    print("ValueError: negative shift")
print(0xFFFFFFFF * 0xFFFFFFFF, (0xFFFFFFFF * 0xFFFFFFFF) & 0xFFFFFFFF)
