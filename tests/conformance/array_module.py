import array
a = array.array("i", [1, -2, 3])
a.append(40)
a.extend([5, 6])
print(a, len(a), a[1], a[-1], sum(a), list(a))
a[0] = 100
print(a[0], 100 in list(a))
b = array.array("B", [1, 2, 255])
print(b, bytes(b) if False else list(b))
f = array.array("f", [0.5, 1.5])
print(f, f[1])
print(array.array("h"), array.array("b", [-1, 1]))
