found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
out = []
for i in range(4):
    if i == 2:
        continue
    k = 0
    while k < i:
        k += 1
        if k == 2:
            break
    else:
        out.append(("no-break", i))
    out.append((i, k))
print(out)
total = 0
for x in [1, 2, 3]:
    for y in [10, 20]:
        total += x * y
print(total)
for i in range(3):
    pass
print(i)
for ch in "":
    print("never")
else:
    print("empty else")
