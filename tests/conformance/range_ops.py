r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], 5 in r, 6 in r, r.start, r.stop, r.step)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(-3, 3)), len(range(10, 0, -3)))
print(list(reversed(range(4))), sum(range(101)), range(3) == range(3), bool(range(0)))
for i in range(3, 0, -1):
    print(i, end=",")
print()
