# Comprehensions with conditions, nesting, conditional expressions and walrus.
print([x if x % 2 else -x for x in range(6)])
print([(i, j) for i in range(3) for j in range(3) if i < j])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
print([[r * c for c in range(3)] for r in range(3)])
flat = [y for row in [[1, 2], [3], []] for y in row]
print(flat, sum(x * x for x in flat if x > 1))
data = [4, 7, 1, 9]
print([y for x in data if (y := x * 2) > 8])
print(["even" if n % 2 == 0 else "odd" for n in data], max(data) if data else None)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), [c.upper() for c in "abc" if c != "b"])
