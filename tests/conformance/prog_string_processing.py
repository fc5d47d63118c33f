def is_pal(s):
    t = [c.lower() for c in s if c.isalpha()]
    return t == t[::-1]
for s in ["Racecar", "A man a plan a canal Panama", "hello"]:
    print(s, is_pal(s))
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
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
print(rle("aaabccdddd"), rle(""), rle("x"))
print("{:>8}|{:<8}|{:^8}".format("right", "left", "mid"))
