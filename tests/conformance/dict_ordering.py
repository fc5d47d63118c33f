# Dict operations; outputs are printed in a hash-independent way.

d = {}
d["b"] = 2
d["a"] = 1
d["c"] = 3
print(len(d), sorted(d.items()))
print("a" in d, "z" in d)
print(d.get("a"), d.get("z"), d.get("z", -1))

d.update({"d": 4}, e=5)
print(sorted(d))
print(d.pop("e"), d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e.args)

print(d.setdefault("a", 100), d.setdefault("x", 100))
print(sorted(d.values()))

del d["x"]
print(sorted(d.keys()))

items = []
while d:
    items.append(d.popitem())
print(sorted(items), d)

e = dict([(1, "one"), (2, "two")])
f = dict(e, three=3)
print(sorted(e.items()), len(f))
print(dict.fromkeys([3, 1, 2], 0)[2])

# int keys: equality of 1 and 1.0 and True
g = {1: "int"}
g[1.0] = "float"
g[True] = "bool"
print(len(g), g[1])

# copy is shallow
h = {"k": [1]}
h2 = h.copy()
h2["k"].append(2)
h2["n"] = 0
print(h["k"], len(h), len(h2))

# comparison
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})

# keys/values/items views
kv = {10: "x", 20: "y"}
print(sorted(kv.keys()), sorted(kv.values()), sorted(kv.items()))
print(20 in kv.keys(), len(kv.items()))
