# Iterating dicts: keys/values/items consistency, deleting via a copied key list.

d = {}
for i in range(10):
    d[i * i % 17] = i
ks = list(d.keys())
vs = list(d.values())
its = list(d.items())
print(len(ks), sorted(ks))
print(list(zip(ks, vs)) == its)
print(sorted(d.items(), key=lambda kv: kv[1])[:4])
print(sum(d.values()), sum(d), max(d), min(d.values()))
print(sorted(k for k, v in d.items() if v % 2))
d = {k: v for k, v in d.items() if k < 100}
print(len(d))
for k in list(d):
    if k % 2:
        del d[k]
print(sorted(d))
keys = d.keys()
d[999] = "new"
print(999 in keys, len(keys))
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(sorted((k, sorted(v)) for k, v in inverted.items()))
print(dict(sorted({"z": 1, "a": 2}.items()))["a"], sorted(dict.fromkeys("abca")))
print(sorted(dict(zip("xyz", [3, 1, 2])).items(), key=lambda kv: kv[1]))
