from collections import namedtuple, OrderedDict, deque
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p[0], tuple(p), p == (3, 4), len(p), isinstance(p, tuple))
x, y = p
print(x, y, Point(y=1, x=2))
od = OrderedDict()
for k in "zyx":
    od[k] = ord(k)
print(od, list(od), od.popitem() if hasattr(od, "popitem") else None)
od2 = OrderedDict([("b", 1), ("a", 2)])
print(list(od2.items()), "b" in od2)
dq = deque((), 3)
for i in range(5):
    dq.append(i)
print(len(dq), dq.popleft(), dq.pop(), len(dq))
dq.appendleft(9)
print(dq.popleft(), list(dq) if hasattr(dq, "__iter__") else None)
