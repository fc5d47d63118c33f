d = {}
for k in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]:
    d[k] = len(k)
print(d)
print(list(d), list(d.values()), list(d.items())[:3])
s = {"x", "y", "z", "w", "apple", "pear"}
print(sorted(s), len(s))
ints = {}
for k in [100, 3, 57, -4, 22, 9, 1000, 0]:
    ints[k] = str(k)
print(ints)
print(set([5, 3, 9, 1, 7]), {10, 20, 30, 40, 50, 60, 70})
