text = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(sorted(set(text.split())) [:6], len(counts))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
