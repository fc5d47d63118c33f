s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[:], s[3:3], s[5:2], s[100:], s[-100:2])
for i in range(-3, 3):
    print(i, s[i])
try:
    s[20]
except IndexError as e:
    print("IndexError", e)
u = "héllo wörld"
print(len(u), u[1], u[7:], u.upper(), u.find("w"), u.index("ö"))
print("abc" * 0, "" * 5, "-" * 10)
