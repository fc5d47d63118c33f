s = set([1, 2, 3])
s.update([3, 4], (5,)) if False else s.update([3, 4])
print(s, s.union([9]), s.intersection({1, 2, 99}), s.difference([1]), s.symmetric_difference({1, 10}))
print(s.issubset({1, 2, 3, 4, 5}), s.issuperset({1}), s.isdisjoint({100}), {1, 2} <= {1, 2}, {1} < {1, 2})
t = s.copy(); t.add(7); print(len(s), len(t))
s.discard(100); s.remove(1); print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
print(fs, fs | {3}, 1 in fs, len(fs), type(fs).__name__)
e = set()
print(e, len(e), bool(e), set("hello") == set("ohel"))
