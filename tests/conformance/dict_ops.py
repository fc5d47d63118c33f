d = {"x": 1, "y": 2}
d["z"] = 3
print(d, len(d), d.get("x"), d.get("q", 0), "y" in d, d.pop("y"), d)
d.update({"a": 9}, b=8); print(d, sorted(d.keys()), list(d.values()))
print(d.setdefault("x", 5), d.setdefault("n", 6), d)
print({k: v * 2 for k, v in d.items()}, dict([(1, 2), (3, 4)]), dict(a=1))
for k in d:
    print(k, end=" ")
print()
del d["x"]; print(d, d.popitem())
