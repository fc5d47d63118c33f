g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(i for i in range(10) if i % 2), max(len(w) for w in ["a", "bbb", "cc"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []), sorted((-x for x in [3, 1, 2])))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def count(n):
    i = 0
    while True:
        yield i
        i += n
c = count(3)
print([next(c) for _ in range(4)])
for i, v in zip(count(1), "xyz"):
    print(i, v)
