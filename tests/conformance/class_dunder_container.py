class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __bool__(self):
        return len(self.d) > 0
g = Grid()
print(bool(g), len(g))
g[1] = "one"; g[2] = "two"; g[(0, 0)] = "origin"
print(g[1], g[5], len(g), 1 in g, 5 in g, bool(g))
del g[(0, 0)]
print(list(g), [g[k] for k in g])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Callable:
    def __call__(self, *a, **k):
        return (a, sorted(k.items()))
print(Callable()(1, 2, z=3), callable(Callable()))
