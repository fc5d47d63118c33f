print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[j for j in range(i)] for i in range(4)])
print({x: x * x for x in range(4)}, {x % 4 for x in range(10)}, list(x + 1 for x in (1, 2)))
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in m for i in range(len(row)) if i != 1], [sum(r) for r in m])
print([c.upper() for c in "abc"], [i for i, v in enumerate("xyz") if v != "y"])
