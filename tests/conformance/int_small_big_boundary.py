# Small ints grow into big ints and shrink back at the boundaries.
edges = [2**29, 2**30, 2**31, 2**62, 2**63, 2**64, -(2**30), -(2**31) - 1, -(2**63)]
for e in edges:
    print(e, e - 1, e + 1, -e, e * 2, e // 2, type(e).__name__)
x = 2**70
print(x - 2**70, (x - 2**70) == 0, x // 2**69, x >> 69, (x >> 69) + 1)
print(1073741823 + 1, -1073741824 - 1, 1073741823 * 1073741823)
print(0x3fffffff * 4, -0x40000000 * -0x40000000)
print(abs(-(2**65)), -(-(2**65)), +(2**65))
print(2**64 == 18446744073709551616, 2**64 != 2**64 + 1, 2**64 > 2**63, -(2**64) < 5)
big = 12345678901234567890123
print(big % 97, big % -97, -big % 97, big // -97, divmod(big, 1000))
print(hash(2**10) == hash(1024), int(str(big)) == big, len(str(2**200)))
