print(len([1, 2]), abs(-3), min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3], 10), any([0, 1]), all([1, 0]))
print(chr(65), ord("a"), repr([1, "a"]), str(None), bool([]), bool(1), int(True), callable(len), callable(1))
print(sorted("cab"), list(range(5, 0, -2)), range(3), divmod(7, 2), round(1.25, 1), isinstance(True, int))
print(type(1), type("a"), type([]), type(None).__name__, id(1) == id(1), iter([1]).__class__ is not None)
x = [1, 2, 3]
it = iter(x); print(next(it), next(it), next(it), next(it, "end"))
print(list(map(str, [1, 2])), tuple(sorted({3: 1, 1: 2})), hash("a") == hash("a"))
