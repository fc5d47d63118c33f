# while loops: counters, sentinels, nested breaks via flags, and digit manipulation.
n = 1234567
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits, sum(digits))
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    x = stack.pop()
    if isinstance(x, list):
        stack.extend(reversed(x))
    else:
        flat.append(x)
print(flat)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
found = False
i = 0
while i < 5 and not found:
    j = 0
    while j < 5:
        if i * j == 6:
            found = True
            break
        j += 1
    i += 1
print(found, i, j)
