# frozenset: immutable, hashable, usable as a key.
f = frozenset([1, 2, 3])
g = frozenset({3, 2, 1})
print(f == g, hash(f) == hash(g), len(f), 2 in f, type(f).__name__)
d = {f: "set123"}
print(d[g], d.get(frozenset()), frozenset() == frozenset([]))
print(sorted(f | {4}), sorted(f & g), sorted(f - {1}), type(f | {4}).__name__)
print({1, 2, 3} == f, f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.isdisjoint([9]))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError")
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(sorted(frozenset("abca")), frozenset(range(3)) <= frozenset(range(5)))
