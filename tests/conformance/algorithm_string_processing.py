# Text processing: word counts, run-length encoding, palindromes, anagrams.

text = """the quick brown fox jumps over the lazy dog the fox
is quick and the dog is lazy"""
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


enc = rle("aaabccddddde")
print(enc, unrle(enc))


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == list(reversed(cleaned))


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "frost", "Was it a car"]])
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in groups.values()))
line = "  Hello,   World!  This is   frost. "
print(" ".join(line.split()))
print([w.strip(",.!") for w in line.split()])
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternate")))
