# int <-> str conversions in several bases, including big numbers.

for n in [0, 7, -7, 255, 65535, 2 ** 31, -(2 ** 63), 10 ** 25]:
    print(n, str(n), hex(n), oct(n), bin(n)[:20])
for text, base in [("ff", 16), ("FF", 16), ("-101", 2), ("777", 8), ("zz", 36), ("  12  ", 10)]:
    print(repr(text), base, int(text, base))
print(int("1" * 40), int("-" + "9" * 30))
print(int("1" * 64, 2), int("f" * 32, 16))
print(str(2 ** 200)[:30], len(str(2 ** 200)))
print(int(str(3 ** 80)) == 3 ** 80)


def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, sym in table:
        while n >= v:
            out += sym
            n -= v
    return out


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad, base in [("12", 2), ("g", 16), ("", 10)]:
    try:
        int(bad, base)
    except ValueError:
        print("ValueError", repr(bad), base)
