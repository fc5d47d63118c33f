# Big ints mixed with small ints, floats and bools in every operator.
a = 3 ** 50
b = -(7 ** 30)
print(a + b, a - b, a * b, a // b, a % b, -a // 7, -a % 7)
print(a & 0xFFFF, a | 1, a ^ a, ~a, b & 0xFF, b | 0, ~b, -b >> 3, b << 3)
print(a > b, a == 3 ** 50, a != a + 1, a + True, a * False, abs(b) > a)
print(a / 3 ** 49, float(a) == a, a + 0.5 > a, int(float(2 ** 60)) == 2 ** 60)
print(divmod(a, 12345), divmod(b, 12345), divmod(-a, -12345))
print(str(a)[:10], len(str(a)), hex(a)[:12], int(str(b)) == b, bool(a), bool(a - a))
print(max(a, b, 0), min(a, b), sorted([a, b, 0, -1, 2 ** 70]))
print(pow(a, 2) == a * a, a ** 0, (-2) ** 65, (2 ** 65) ** 2 == 2 ** 130)
print(hash(a) == hash(3 ** 50), {a: 1}[3 ** 50], a in {a}, [a].index(3 ** 50))
