# Set and frozenset operations (printed sorted).

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)))
print(sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(a), a.issuperset({4}))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))

s = set()
s.add(3)
s.add(1)
s.add(3)
print(len(s), sorted(s))
s.update([5, 6], (7,))
print(sorted(s))
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e.args[0])
p = s.pop()
print(p in s, len(s))
s.clear()
print(len(s), s == set())

c = set(a)
c |= {9}
c &= {1, 2, 9}
c -= {1}
print(sorted(c))
c ^= {2, 20}
print(sorted(c))

f = frozenset([1, 2, 2, 3])
print(len(f), sorted(f), 2 in f)
print(sorted(f | {4}))
print(frozenset([1, 2]) == {1, 2})
try:
    f.add(5)
except AttributeError:
    print("frozenset has no add")

words = "the quick the lazy the end".split()
print(sorted(set(words)))
print(sorted({x % 4 for x in range(20)}))
print(len(set("mississippi")))
