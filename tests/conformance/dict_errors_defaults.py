# dict lookups with defaults and the KeyError paths.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9))
print(d.pop("c"), d.pop("z", "dflt"), sorted(d.items()))
for f in (lambda: d["z"], lambda: d.pop("z"), lambda: {}.popitem(), lambda: {1: 2}[[1]]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e, e.args)
print("a" in d, "z" not in d, len(d), d == {"b": 2, "a": 1}, d != {})
k, v = d.popitem()
print(len(d))
d.clear()
print(d, len(d))
