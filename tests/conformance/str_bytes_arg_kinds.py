# str methods take str arguments and bytes methods bytes-like ones; mixing them is a
# TypeError. strip() of nothing to strip gives back the same object.
calls = (
    lambda: b"mississippi".rstrip("ipz"), lambda: "mississippi".strip(b"m"),
    lambda: b"abba".partition("b"), lambda: "abba".rpartition(b"b"),
    lambda: b"a,b".split(","), lambda: "a,b".split(b","),
    lambda: b"abc".find("b"), lambda: "abc".index(b"b"), lambda: b"abc".count("b"),
    lambda: b"abc".replace("a", b"x"), lambda: "abc".replace("a", b"x"),
    lambda: b"abc".replace(b"a", bytearray(b"xy")), lambda: b"a-b".split(bytearray(b"-")),
)
for f in calls:
    try:
        print(f())
    except TypeError:
        print("TypeError")
s, b = "abc", b"abc"
print(s.strip() is s, b.strip() is b, s.strip("x") is s, " a ".strip() == "a")
