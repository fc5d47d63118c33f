# A subclass of a builtin type can override its special methods; == and < return what
# the methods return.
class L(list):
    def __repr__(self):
        return "REPR"
    def __str__(self):
        return "STR"
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return "GI"
    def __eq__(self, o):
        return "EQ"
    def __add__(self, o):
        return "ADD"
    def __iter__(self):
        return iter("xy")
    def __contains__(self, x):
        return True
    def __bool__(self):
        return False
l = L([1, 2])
print(l, repr(l), str(l), len(l), l[0], l == 1, l + [3], list(l), 9 in l, bool(l))
print("%s %r" % (l, l), "{}".format(l), [l])
class D(dict):
    def __getitem__(self, k):
        return "DGI"
    def __len__(self):
        return 7
d = D(a=1)
print(d, d["a"], len(d), d.get("a"), list(d))
class S(str):
    def __len__(self):
        return 99
    def __str__(self):
        return "SSTR"
s = S("abc")
print(s, len(s), s.upper(), s == "abc", str(s), repr(s))
class P:
    def __eq__(self, o):
        return "EQ"
    def __lt__(self, o):
        return "LT"
print(P() == 1, P() != 1, 1 == P(), P() < 1, [P()] == [1], P() in [1])
