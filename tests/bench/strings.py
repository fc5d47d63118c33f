# String-heavy work: building, formatting, splitting, searching and joining.
def run(n):
    words = []
    for i in range(n):
        words.append("w%d_%s" % (i, "abc"[i % 3] * (i % 5 + 1)))
    text = " ".join(words)
    parts = text.split(" ")
    upper = [p.upper() for p in parts if "b" in p]
    joined = ",".join(upper)
    hits = 0
    start = 0
    while True:
        j = joined.find("BB", start)
        if j < 0:
            break
        hits += 1
        start = j + 1
    replaced = joined.replace("_", "-")
    s = "{}:{}:{}".format(len(text), len(replaced), hits)
    rev = "".join(reversed(s))
    return s, rev, replaced[:40], text.count("a"), text.startswith("w0"), "x".join(str(k) for k in range(10))


for _ in range(20):
    r = run(600)
print(r)
