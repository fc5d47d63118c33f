print(list(enumerate([])), list(enumerate("ab")), list(enumerate("ab", 10)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3, 6), "xyz")))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
e = enumerate("z")
print(next(e), type(e).__name__)
