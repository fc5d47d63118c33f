# for/else and while/else with break, continue and nested loops.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
primes = []
for c in range(2, 30):
    for d in range(2, c):
        if c % d == 0:
            break
    else:
        primes.append(c)
print(primes)
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
