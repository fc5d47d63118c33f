# Printing dicts and sets directly: the order is MicroPython's hash-table order.
d = {}
for k in ("pear", "apple", "fig", "kiwi", "plum", "date", "lime"):
    d[k] = len(k)
print(d)
del d["fig"]
d["zucchini"] = 8
print(d, list(d))
n = {i * 7 % 11: i for i in range(10)}
print(n)
print({-1: "a", -2: "b", 1000: "c", 2 ** 40: "d", 0: "e"})
print({3, 1, 2}, {"b", "a", "c"}, {10, 20, 30, 40, 50, 60, 70, 80, 90})
s = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    s.add(w)
print(s, len(s))
print(len({(1, 2), (2, 1), (0, 0)}), {1.5, 2.5, -0.5}, {True, None, "x"} == {None, "x", True})
