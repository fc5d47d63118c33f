# Subclassing dict: __missing__-free defaults, overrides of __getitem__/__setitem__.
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(sorted(c.items()), len(c), c["a"], "b" in c, isinstance(c, dict), type(c).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
print(u["X"], u["x"], list(u.keys()))
class Attr(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = "e"
a = Attr(p=1, q=2)
print(sorted(a.items()), a.extra, a.get("p"), a.pop("q"), len(a))
try:
    Counter()["missing"]
except KeyError as e:
    print("KeyError", e)
