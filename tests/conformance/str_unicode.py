s = "naïve café ünïcode"
print(len(s), s[2], s[-1], s.upper(), s.split(" "), s.find("é"), s.encode()[:8])
print("日本語", len("日本語"), "日本語"[1], list("日本"), "日" in "日本", ord("日"), chr(26085))
print(repr("ü"), repr("\u00e9\x7f\x01"), "e\u0301")
for ch in "aé日":
    print(ch, ord(ch), len(ch.encode()))
print("ÉCOLE".lower(), "straße".upper())
