# list methods.

l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
l.insert(100, 7)
l.insert(-1, 6.5)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(6.5)
print(l, l.index(4), l.count(5))
try:
    l.remove(99)
except ValueError:
    print("ValueError remove")
try:
    [].pop()
except IndexError:
    print("IndexError pop")
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, l)
print([1, 2] + [3], [0] * 3, [[0]] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(len([]), [] == [], [1, [2]] == [1, [2]], [1, 2] < [1, 3])
m = [5, 3, 8]
m += [1]
m *= 2
print(m)
del m[1]
del m[-2:]
print(m)
m[1:1] = [100, 200]
print(m)
print(m.index(200, 2) if False else m.index(200))
print(list("hey"), list(range(3)), list((1, 2)))
s = ["b", "a"]
s.sort()
print(s, sorted(s, reverse=True))
print([x for x in [3, 1, 2] if x > 1])
try:
    [1][5]
except IndexError as e:
    print("IndexError", e)
