# Floats as dict keys and in sets (hash and equality with ints in single precision), sorting,
# and floats inside containers' reprs.
d = {}
for i in range(20):
    d[i * 0.5] = i
print(d)
print({0.1: "a", 0.2: "b", 1.0: "c", 1: "d"}, {2.5, 2, 2.0, 0.25, -1.75})
print(d.get(1), d.get(1.5), d.get(9.5), 3 in d, 3.0 in d, 16777217 == 16777216.0)
s = set([0.1 * i for i in range(12)])
print(len(s), sorted(s))
print([1.1, 2.2, 3.3], (0.1, 1 / 3), {"x": 2 / 3}, [[1e-7, 1e7], 1e8])
vals = [3.14, 2.71, 1.41, 1.73, 0.577, 1.618, 2.0, -1.0]
print(sorted(vals), sorted(vals, reverse=True), max(vals), min(vals), sum(vals))
