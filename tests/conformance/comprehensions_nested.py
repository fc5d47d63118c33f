# List, set, dict comprehensions and generator expressions, nested.

print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print(sorted({x % 5 for x in range(30)}))
sq = {k: k * k for k in range(5)}
print(sorted(sq.items()))
inv = {v: k for k, v in sq.items()}
print(sorted(inv.items()))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(zip(*matrix)))
g = (c.upper() for c in "abc")
print(next(g), list(g))

# comprehension variable does not leak
x = "outer"
_ = [x for x in range(3)]
print(x)

# comprehension captures enclosing function variable
def scale(factor):
    return [factor * v for v in range(4)]

print(scale(3))

# nested function in comprehension
print([(lambda y: y + k)(1) for k in range(3)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == "".join(reversed(w))])
print({w[0]: len(w) for w in words}["k"])
print([x if x > 2 else -x for x in range(5)])
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
