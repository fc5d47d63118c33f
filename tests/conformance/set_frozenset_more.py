a = {1, 2, 3, 4}
b = {3, 4, 5}
c = a.copy()
c.intersection_update(b); print(c)
c = a.copy(); c.difference_update(b); print(c)
c = a.copy(); c.symmetric_difference_update(b); print(c)
a |= {9}; a -= {1}; print(a)
a &= {2, 3, 9, 10}; print(a)
a ^= {2, 11}; print(a)
print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2} > {1}, {1, 2} >= {1, 2}, {3} <= {1, 2})
f = frozenset("abc")
print(len(f), "a" in f, sorted(f | frozenset("d")), sorted(f & {"a", "z"}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "ok"}[frozenset([1])])
s = set()
for i in range(10):
    s.add(i % 4)
print(s, s.pop() in {0, 1, 2, 3}, len(s))
