# List slice assignment and deletion.
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99, 100]
print(l)
del l[0]
del l[-2:]
print(l)
del l[::2]
print(l)
l[1:1] = "xy"
print(l)
m = [1, 2, 3, 4, 5, 6]
print(m[::2], m[::-1], m[-2::-2], m[1:5:2], m[10:], m[-100:2])
del m[1:4]
print(m)
m[:] = []
print(m, len(m))
n = [0, 1, 2]
n[5:] = [7]
print(n)
try:
    del n[10]
except IndexError as e:
    print("IndexError", e)
