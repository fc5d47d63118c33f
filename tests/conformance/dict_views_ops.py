d = {"b": 2, "a": 1, "c": 3}
k = d.keys(); v = d.values(); it = d.items()
print(len(k), "a" in k, 5 in k, sorted(k), sorted(v), sorted(it))
d["z"] = 26
print(len(k), sorted(k))
print(list(zip(d.keys(), d.values())) == list(d.items()))
for key, val in sorted(d.items()):
    print(key, val, end="; ")
print()
print(type(k).__name__, type(v).__name__, type(it).__name__)
