# else clauses on loops, break/continue behaviour.

def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 0)

n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)

n = 0
while True:
    n += 1
    if n > 4:
        break
else:
    print("never printed")
print("broke at", n)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print("pair", i, j)
    else:
        print("inner completed for i =", i)

primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)

k = 10
while k:
    k -= 3
    if k < 0:
        print("negative", k)
        break
else:
    print("not reached")

for x in []:
    pass
else:
    print("empty for hits else")
