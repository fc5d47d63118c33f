s = {1, 2, 3}; t = {3, 4}
print(s | t, s & t, s - t, s ^ t, 2 in s, len(s))
s.add(9); s.discard(1); print(sorted(s), {x % 3 for x in range(10)}, frozenset([1, 2]) == frozenset([2, 1]))
tp = (1, 2, 3)
print(tp, tp[1:], tp + (4,), tp * 2, tp.index(2), tp.count(3), (1,), ())
x, y = 1, 2; x, y = y, x; print(x, y)
print(tuple(range(3)), hash((1, 2)) == hash((1, 2)))
