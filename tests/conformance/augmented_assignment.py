# Augmented assignment on names, attributes, subscripts and mutable objects.

x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 0b1100
y &= 0b1010
y |= 0b0001
y ^= 0b1111
y <<= 2
y >>= 1
print(y)
f = 7.0
f /= 2
f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)


class Obj:
    def __init__(self):
        self.n = 1
        self.items = []


o = Obj()
o.n += 41
o.items += ["x"]
print(o.n, o.items)
d = {"k": 1, "lst": []}
d["k"] += 1
d["lst"] += [5]
print(d["k"], d["lst"])
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
counter = {}
for ch in "banana":
    counter[ch] = counter.get(ch, 0) + 1
print(sorted(counter.items()))
calls = []


def idx():
    calls.append("idx")
    return 0


arr = [10]
arr[idx()] += 5
print(arr, calls)
