d = dict(a=1, b=2)
d2 = d.copy(); d2["c"] = 3
print(len(d), len(d2), "c" in d, "c" in d2)
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", repr(e))
d.clear(); print(d, len(d), bool(d))
e = {}
for i in range(20):
    e[i] = i * i
print(e)
for i in range(0, 20, 2):
    del e[i]
print(e, len(e))
print({1: "a", 1.0: "b", True: "c"})
