# More str methods: splitlines, join on generators, center/count/encode and chaining.
text = "line one\nline two\n\nline four"
print(text.splitlines(), len(text.splitlines()), "x\n".splitlines(), "".splitlines())
print(" | ".join(w.upper() for w in "a b c".split()), "-".join(map(str, range(4))))
print("abc".center(9), "abc".center(2), "ab".center(5), "x".center(4), "日本".center(6) + "|")
try:
    "ab".center(5, ".")
except TypeError as e:
    print("TypeError", e)
print("Mississippi".count("ss"), "Mississippi".lower().count("s"), "a-b-c".split("-", 1))
print("  Mixed Case  ".strip().lower().replace(" ", "_"), "x".encode(), "é".encode("utf-8"))
print("abc" * 2, "-" * 0, "ab" < "abc", "B" < "a", "é" > "z", min("hello"), max("hello"))
print("%s=%d" % ("k", 5), "a{}b{}".format(1, 2), str(12).isdigit(), "12a".isdigit())
