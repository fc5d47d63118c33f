# Slicing lists and ranges with all kinds of bounds and steps.
l = list(range(10))
for s in ((None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
          (1, 8, 2), (8, 1, -2), (None, None, -1), (None, None, 3), (100, None, None), (-100, 3, None),
          (5, 2, None), (None, None, -3)):
    a, b, c = s
    print(s, l[a:b:c], list(range(10))[a:b:c])
r = range(20)[2:15:3]
print(r, list(r), len(r), r[-1])
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
print("hello"[1:4], "hello"[-3:], "hello"[:-1], b"bytes"[1:3], (1, 2, 3)[1:])
