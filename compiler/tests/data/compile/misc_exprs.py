x = 1 if x else 2
a, b = b, a
a, b, c = c, b, a
a, *b = c
[a, (b, c)] = d
a = b = c = 0
d = {1: 2, "a": b} if 0 else {1, 2, 3}
e = a < b <= c != d
f = not a and b or c
g = a[1:2, ::3, 4:]
del a[0], a.b, (c, d)
h = f"{a!r:>{b}} {c=}"
i = (j := 5) + j
k = -1, ~2, +3, 2**-1, 1/3, 10//3, 7 % 2, 1 << 70
print(*a, *b, c, d=1, **e)
print(x for x in y)
global q
from . import m as n
from ..a.b import (c, d as e)
from x import *
import a.b.c as d, e.f
assert a, "msg"
