# __getitem__/__setitem__/__delitem__ with ints and slices; iteration via __getitem__.
class Seq:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data
s = Seq(5)
print(s[0], s[-1], s[1:3], s[::2], s[:], len(s))
s[0] = 100
del s[1]
print(s.data, 100 in s, 1 in s)
print(list(s), [x for x in s][:2])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g["k"], g[None])
