# collections: namedtuple, deque, OrderedDict, defaultdict.
from collections import namedtuple, deque, OrderedDict, defaultdict

Point = namedtuple("Point", ("x", "y"))
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
q = Point(y=5, x=4)
print(q, tuple(q), q == (4, 5))
a, b = q
print(a, b)
print(p._replace(x=10) if hasattr(p, "_replace") else Point(10, 2))
print(type(p).__name__, isinstance(p, tuple))
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3))
try:
    p.x = 5
except AttributeError:
    print("namedtuple is immutable")

d = deque((), 5)
for i in range(7):
    d.append(i)
print(len(d), list(d) if hasattr(d, "__iter__") else None)
print(d.popleft(), d.popleft(), d.pop(), len(d))
d.appendleft(100)
print(d.popleft())
d2 = deque([1, 2, 3], 10)
d2.append(4)
print(d2.popleft(), d2.pop(), len(d2))
try:
    deque((), 2).pop()
except IndexError:
    print("IndexError pop from empty deque")

od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.values()))
od["z"] = 10
print(list(od.items()))
del od["a"]
od["a"] = 0
print(od)

dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print([(k, dd[k]) for k in "abc"])
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print([(k, counts[k]) for k in "imps"])
print(counts["zzz"], "zzz" in counts)
