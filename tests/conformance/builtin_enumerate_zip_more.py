# enumerate with start, zip of unequal lengths, map with several iterables.
print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10), "xyz")))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda c: c.isdigit(), "a1b2")))
e = enumerate("hi")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
z = zip("ab", "cd")
print(next(z), list(z), list(z))
m = map(str, range(3))
print(list(m), list(m))
print(dict(enumerate("ab")), dict(zip("ab", range(2))))
