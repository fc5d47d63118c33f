# collections.deque: both ends, maxlen, errors.
from collections import deque
d = deque((), 5)
for i in range(3):
    d.append(i)
d.appendleft(-1)
print(len(d), d.pop(), d.popleft(), len(d), bool(d))
d.extend([7, 8, 9])
print(len(d))
d.append(10)
print(len(d), d.popleft(), d.pop())
e = deque([], 2)
for i in range(5):
    e.append(i)
print(len(e), e.popleft(), e.popleft(), len(e))
try:
    e.pop()
except IndexError as x:
    print("IndexError", x)
try:
    deque([], 2).popleft()
except IndexError as x:
    print("IndexError", x)
