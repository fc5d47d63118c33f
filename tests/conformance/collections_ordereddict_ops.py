# OrderedDict keeps insertion order through updates and deletions.
from collections import OrderedDict
od = OrderedDict()
for k in ("zeta", "alpha", "mid", "beta"):
    od[k] = len(k)
print(list(od.keys()), list(od.values()), list(od.items()))
od["alpha"] = 99
del od["mid"]
od["new"] = 0
print(list(od), od["alpha"], len(od), "mid" in od)
od2 = OrderedDict([("b", 1), ("a", 2)])
print(od2, list(od2.items()), od2.pop("b"), list(od2))
print(od2.get("a"), od2.get("q", "none"), od2.setdefault("c", 3), list(od2))
k, v = od2.popitem()
print(k, v, list(od2))
print(OrderedDict(x=1)["x"], type(od).__name__)
