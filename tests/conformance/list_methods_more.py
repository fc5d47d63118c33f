l = [5, 3, 8, 1]
print(l.index(8), l.count(3), 3 in l, 9 not in l, len(l))
l.remove(3); print(l)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError", e)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
m = [[1, 2], [3]]
m[0].append(9); print(m, m[0][2])
n = list(range(10))
print(n[::3], n[1::2], n[::-1], n[-2::-2], n[2:8:2])
n[2:4] = ["a", "b", "c"]; print(n)
del n[1:3]; print(n)
print([1, 2, 3] * 2, [[0] * 2] * 2, list("abc"), list((1, 2)), list({1: 2}))
