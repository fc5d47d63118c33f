# Ways to build and update dicts.
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict(zip("ab", (1, 2))))
print(dict({"k": 1}, z=2), dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
d = {}
d.update({"a": 1})
d.update([("b", 2)])
d.update(c=3)
print(sorted(d.items()))
e = d.copy()
e["a"] = 100
print(d["a"], e["a"], e is d)
print({k: v for k, v in zip(range(3), "xyz")}, {i: i * i for i in range(4) if i % 2})
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except Exception as e:
        print(type(e).__name__)
print(len({1: 1, 1.0: 2, True: 3}), {1: "a"} == {1.0: "a"})
