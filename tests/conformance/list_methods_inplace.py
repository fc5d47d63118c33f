# list methods that work in place, and their return values.
l = [3, 1, 2]
print(l.append(4), l.extend((5,)), l.insert(0, 0), l.sort(), l.reverse(), l)
print(l.remove(3), l.pop(), l.pop(0), l, l.index(2), l.count(2), l.count(9))
c = l.copy()
c.clear()
print(l, c, l.copy() is l, l.copy() == l)
m = [[0]] * 3
m[0].append(1)
print(m)
n = [[0] for _ in range(3)]
n[0].append(1)
print(n)
words = ["b", "C", "a"]
words.sort(key=str.lower)
print(words, sorted(words, key=lambda s: s.lower(), reverse=True))
x = [1, 2]
x += [3]
x *= 2
print(x, x[::-1], len(x))
