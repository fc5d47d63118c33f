# dict views: len, membership, iteration after changes, and conversions.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), "a" in k, "z" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(len(k), sorted(k), sorted(v), sorted(it))
del d["a"]
print(sorted(list(k)), sum(v), [x for x in sorted(it)])
print(sorted(d.keys()) == sorted(d), list(zip(*sorted(d.items()))))
for key in list(d):
    if d[key] % 2 == 0:
        del d[key]
print(d)
e = {}
print(list(e.keys()), list(e.values()), list(e.items()), len(e.items()))
