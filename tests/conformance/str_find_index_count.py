# str.find/rfind/index/rindex/count with start and end.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("bra"), s.rfind("x"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.find("a", -3), s.count("a", -4, -1), "".find(""), "".count("a"))
for meth in (s.index, s.rindex):
    try:
        meth("q")
    except ValueError as e:
        print("ValueError", e)
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abc".find("abcd"))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"))
print("x" in s, "cad" in s, "" in s, s.startswith("abra"), s.endswith("abra"), s.startswith("bra", 1))
print(s.startswith(("x", "ab")), s.endswith(("q", "ra")), s.startswith("a", 20))
