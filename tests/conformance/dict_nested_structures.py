# Nested dicts and lists: building, walking and transforming records.

inventory = {
    "fruit": {"apple": {"qty": 5, "price": 0.5}, "kiwi": {"qty": 0, "price": 0.25}},
    "veg": {"leek": {"qty": 3, "price": 1.25}},
}
inventory["veg"]["carrot"] = {"qty": 12, "price": 0.1}
inventory.setdefault("bread", {})["rye"] = {"qty": 1, "price": 2.0}
for cat in sorted(inventory):
    for item in sorted(inventory[cat]):
        info = inventory[cat][item]
        print("%-6s %-7s %3d x %5.2f = %6.2f" % (cat, item, info["qty"], info["price"], info["qty"] * info["price"]))
total = sum(i["qty"] * i["price"] for c in inventory.values() for i in c.values())
print("total %.2f" % total)
print(sorted(name for c in inventory.values() for name, i in c.items() if i["qty"] == 0))


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k in sorted(obj):
            yield from walk(obj[k], path + "/" + str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, path + "[%d]" % i)
    else:
        yield path, obj


doc = {"a": [1, {"b": 2, "c": [3, 4]}], "d": {"e": None}}
for p, v in walk(doc):
    print(p, v)


def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


merged = deep_merge({"x": {"y": 1, "z": 2}, "w": 0}, {"x": {"z": 3, "q": 4}, "w": [1]})
print(list(walk(merged)))
