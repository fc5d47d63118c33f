# min/max with key, default and several arguments.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 1]), min("hello"), max("a", "b", key=str.upper))
print(max([], default=None), min((), default="empty"), max([5], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max({1: "a", 5: "b"}))
print(max([(1, "b"), (1, "a")]), min(-3, 2, key=abs), max(1, 2.5, -1), min([True, 0]))
for f in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(()), sum(range(10**3)))
