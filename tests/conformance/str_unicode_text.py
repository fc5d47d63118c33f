# Unicode strings: length, indexing, slicing, encoding and comparison.

s = "naïve café 日本語 ☃"
print(s, len(s), len(s.encode()))
print(s[2], s[-1], s[11:14], s[:5])
print([c for c in "日本語"], [ord(c) for c in "aé日"])
print(chr(0x65e5) + chr(0x672c), chr(233) == "é")
print("é".encode(), "日".encode("utf-8"), b"\xe2\x98\x83".decode())
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower() if False else "skip")
print("日本" + "語", "語" * 3, "本" in s, s.find("日"), s.index("☃"))
print("café".replace("é", "e"), "a–b".split("–"))
print(sorted(["é", "e", "z", "日", "a"]))
print(repr("tab\tcafé\n"), repr("\u00e9"), repr("\u2603"))
print(" ".join(reversed("日本語 text".split())))
print("%s|%5s|" % ("é", "日"))
print("{:^7}|".format("日本"))
print(str(b"caf\xc3\xa9", "utf-8"), bytes("☃", "utf-8"))
try:
    b"\xff\xfe".decode()
except UnicodeError:
    print("UnicodeError for invalid utf-8")
count = {}
for ch in "añaña":
    count[ch] = count.get(ch, 0) + 1
print(sorted(count.items()))
print("x".join("日本"), "日本語".startswith("日"), "日本語".endswith("語"))
