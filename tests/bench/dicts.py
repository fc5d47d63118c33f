# Dict-heavy work: counting, updating, deleting and iterating with str and int keys.
def run(n):
    counts = {}
    for i in range(n):
        key = "k" + str(i % 97)
        counts[key] = counts.get(key, 0) + i
    squares = {i: i * i for i in range(n // 4)}
    total = 0
    for k in range(0, n // 4, 3):
        total += squares[k]
        del squares[k]
    merged = {}
    for k, v in counts.items():
        merged[k] = v % 1000
    for k in list(merged):
        if merged[k] > 500:
            merged.pop(k)
    inverse = {}
    for k, v in merged.items():
        inverse.setdefault(v % 10, []).append(k)
    return total, len(squares), len(merged), sorted(inverse)[:5], sum(len(v) for v in inverse.values())


for _ in range(20):
    r = run(6000)
print(r)
