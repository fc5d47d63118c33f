# __getitem__, __setitem__, __delitem__, __len__, __contains__, __iter__.

class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)

    def _idx(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return y * self.w + x

    def __getitem__(self, key):
        return self.cells[self._idx(key)]

    def __setitem__(self, key, value):
        self.cells[self._idx(key)] = value

    def __delitem__(self, key):
        self.cells[self._idx(key)] = 0

    def __len__(self):
        return self.w * self.h

    def __contains__(self, value):
        return value in self.cells

    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]


g = Grid(3, 2)
g[0, 0] = 1
g[2, 1] = 9
g[1, 1] = 5
print(g[0, 0], g[2, 1], len(g), 9 in g, 7 in g)
del g[2, 1]
print(list(g))
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)
for row in g:
    print(" ".join(str(c) for c in row))


class Squares:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        if i < 0:
            i += 5
        if not 0 <= i < 5:
            raise IndexError(i)
        return i * i


sq = Squares()
print(len(sq), sq[2], sq[-1], list(sq), 16 in sq)
print(sorted(sq, reverse=True), bool(sq))
