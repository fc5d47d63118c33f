l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); l.extend([3, 5]); l.insert(0, 0)
print(l, len(l), l.count(5), l.index(4), l.pop(), l.pop(0))
l.sort(); print(l); l.reverse(); print(l)
print(l[2:5], l[::2], l[-1], sorted(l, key=lambda x: -x)[:3], min(l), max(l))
del l[0]; l[1:3] = [7, 7, 7]; print(l)
print([1, 2] + [3], [0] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], list(reversed([1, 2, 3])))
a, *b, c = [1, 2, 3, 4, 5]; print(a, b, c)
