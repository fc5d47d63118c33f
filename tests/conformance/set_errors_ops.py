# set error paths and the operators.
s = {1, 2, 3}
for f in (lambda: s.remove(9), lambda: set().pop(), lambda: {[1]}, lambda: s | [1]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s.discard(9)
s.discard(1)
print(sorted(s), sorted(s | {5}), sorted(s & {2, 7}), sorted(s - {2}), sorted(s ^ {3, 4}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1} > {1}, {1} == {1}, {1} != {2})
print(s.isdisjoint({8}), s.issubset({2, 3, 4}), s.issuperset({3}), len(set("hello")))
t = set()
t.add(1)
t.add(1)
t.update([2, 3], (4,))
print(sorted(t), 3 in t, 9 in t)
t.intersection_update({1, 2, 9})
print(sorted(t))
t.difference_update({1})
print(sorted(t))
t.symmetric_difference_update({2, 5})
print(sorted(t), set() == set(), bool(set()))
