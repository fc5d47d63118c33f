data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
i = 0
while (i := i + 1) < 4:
    print("i", i)
print(n, y)
print(2 + 3 * 4 ** 2 // 5 % 7 - 1, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 - 3 - 2, 100 // 10 // 3)
print(1 + 2 == 3 and not 0 or 5, 0 or 0.0 or "" or None, 1 and 2 and 3, ~0 & 0xff | 0x100 ^ 1)
