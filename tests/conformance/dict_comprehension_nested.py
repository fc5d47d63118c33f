m = {i: {j: i * j for j in range(3)} for i in range(3)}
print(m, m[2][2])
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
grid = {(x, y): x + y for x in range(2) for y in range(2)}
print(sorted(grid.items()))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
