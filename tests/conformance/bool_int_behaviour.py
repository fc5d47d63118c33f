# bool values in arithmetic, as indices and dict keys, and their type relations.

print(True + True + True, True * 7, False - True, -True, ~True)
print(True / 2, True // 2, True % 2, 2 ** True)
print([10, 20][True], "ab"[False])
d = {0: "zero", 1: "one"}
print(d[False], d[True])
d[True] = "ONE"
print(d[1], len(d))
print(sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(str(True), repr(False), int(True), float(True))
print(bool("False"), bool(0), bool(-1), bool(0.0), bool([]), bool(None))
print(True == 1, False == 0, True == 2, True is not False)
print(type(True).__name__, type(True + 1).__name__, type(True & True).__name__)
print(True and 5, False or 5, not True, not not 3)
print(max(True, 0), min(False, -1), abs(True), hash(True) == hash(1))
print(True > False, sorted([True, False, True, 0, 1]))
print(bin(True), hex(True), "%d %s" % (True, True))
count = 0
for flag in [True, False, True]:
    count += flag
print(count)
print([i for i, b in enumerate([False, True, True]) if b])
print(isinstance(True, bool), isinstance(1, bool))
