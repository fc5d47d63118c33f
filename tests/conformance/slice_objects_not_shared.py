# Slices of builtin sequences (built into one reused object) never leak into values a
# program keeps: slices handed to __getitem__ stay distinct and usable later.
a = [1, 2, 3, 4, 5]
b = a[1:3]
c = a[::-1]
d = a[3:1:-1]
print(b, c, d, a[-2:], a[:100], a[5:], a[::2], (1, 2, 3)[1:], b"abcd"[1:3], bytearray(b"xyz")[1:])
class G:
    def __getitem__(self, k):
        return k
g = G()
keep = [g[1:2], g[3:4:5], g[:]]
s = keep[0]
print(keep, a[s], a[1:4], s, keep[0] is keep[1])
a[1:3] = [9, 9, 9]
print(a)
del a[1:3]
print(a)
x = [[0, 1, 2], [3, 4, 5]]
print([r[1:] for r in x], x[0][x[1][0] - 3:2])
