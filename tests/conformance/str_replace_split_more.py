# replace with counts, split with separators and maxsplit, rsplit.
s = "one two  three   four"
print(s.split(), s.split(" "), s.split(None, 1), s.split(" ", 2))
print(s.rsplit(None, 1), s.rsplit(" ", 2), "a,b,,c,".split(","), "".split(), "".split(","))
print("a1b1c1".replace("1", "-"), "a1b1c1".replace("1", "-", 2), "aaa".replace("a", "bb", 0))
print("abc".replace("", "-"), "abc".replace("x", "y"), "日本日本".replace("本", "x"))
print("line1\nline2\r\nline3".split("\n"), "a||b||c".split("||", 1), "a||b||c".rsplit("||", 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
