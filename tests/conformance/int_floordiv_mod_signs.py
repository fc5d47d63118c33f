# Floor division and modulo follow the sign of the divisor, for small and big ints.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
B = 10**20 + 3
for a in (B, -B):
    for b in (7, -7, 10**10, -(10**10)):
        print(a // b, a % b)
for op in ("//", "%", "divmod", "/"):
    try:
        if op == "//":
            1 // 0
        elif op == "%":
            5 % 0
        elif op == "divmod":
            divmod(3, 0)
        else:
            1 / 0
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
try:
    (10**30) // 0
except ZeroDivisionError as e:
    print("big", e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
