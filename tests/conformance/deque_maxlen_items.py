# deque(iterable, maxlen) keeps the last maxlen items; items can be read and assigned by
# index (IndexError past the ends).
from collections import deque

d = deque([1, 2, 3, 4, 5], 3)
print(list(d), len(d))
d.extend([6, 7])
print(list(d))
d.appendleft(0)
print(list(d))
d = deque((0, 1, 2, 3), 5)
print(d[0], d[1], d[-1])
d[0] = "a"
d[-1] = "z"
print(list(d))
def store():
    d[-9] = 1


for bad in (lambda: d[9], store):
    try:
        bad()
    except IndexError:
        print("IndexError")
print(list(deque([], 2)), list(deque("abc", 0)))
