i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 7:
        break
    print(i, end=" ")
else:
    print("no")
print()
for x in range(3):
    pass
else:
    print("for-else", x)
n = 0
while True:
    n += 1
    if n > 5:
        break
print(n)
