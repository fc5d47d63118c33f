def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50, len(str(f50)), f50 % 1000000007, f50 // fact(48))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 64, 6 ** 20), gcd(fact(20), 2 ** 30 * 3 ** 5))
print(pow(2, 127, 2 ** 61 - 1), (2 ** 127 - 1) % 1000, str(-(10 ** 25))[:5])
x = 12345678901234567890
print(x * x, x // 9876543210, x % 9876543210, -x // 7, x >> 20, hex(x))
