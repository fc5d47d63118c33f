# Comparisons and hashing across int, big int and float.
print(1 == 1.0, 2**53 == 2.0**53, 2**60 == 2.0**60, 10**30 == 1e30)
print(hash(1) == hash(1.0), hash(0) == hash(0.0), hash(-1) == hash(-1.0))
d = {1: "int"}
d[1.0] = "float"
print(d, len(d))
s = {0, 0.0, False}
print(len(s))
print(3 < 3.5 < 4, 2**100 > 1e29, 2**100 < 1e31, -(2**100) < -1e29)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1 / 3 * 3 == 1.0)
print(int(2.9), int(-2.9), int(1e20), float(2**70), round(2**70 / 3))
print(True + 1.5, 7 / 2, 8 / 2, -7 / 2, 2**70 / 2**69)
