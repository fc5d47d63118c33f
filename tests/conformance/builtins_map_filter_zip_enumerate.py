# map, filter, zip, enumerate, reversed, range as iterators.

print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a + b, "abc", "xyz")))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(10), [True, False, None])))
print(dict(zip("abc", range(3)))["c"])
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
print(list(enumerate("xy", start=10)))
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
r = range(3, 30, 4)
print(r[0], r[-1], len(r), 7 in r, 8 in r, r[2])
print(list(r[1:3]) if hasattr(r, "__getitem__") else None)
m = map(str.upper, ["a", "b"])
print(next(m), next(m), next(m, "end"))
unzipped = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(unzipped)
print(sum(map(len, ["ab", "cde", ""])))
print(list(map(int, "1 2 3".split())))
print(max(enumerate([5, 9, 2]), key=lambda p: p[1]))
print(sorted(zip([3, 1, 2], "cab")))
print(any(map(str.isdigit, ["a", "1"])), all(map(bool, [1, "x"])))
