# Arbitrary precision integer arithmetic.

a = 2 ** 100
b = 3 ** 50
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(divmod(a, b))
print(-a // b, -a % b)
print(a >> 37, a << 3)
print(a & (b - 1), a | 12345, a ^ b)
print(~a)
print(pow(2, 200, 1000007))
print(abs(-a))
print(a == 1267650600228229401496703205376)
print(a > b, a < b)


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f30 = fact(30)
print(f30)
print(len(str(fact(50))))
print(f30 // fact(28))

# carry across machine word boundaries
small = 2 ** 62
print(small + small, small * 4, -(small * 2) - 1)
print(0x7FFFFFFF + 1, 0xFFFFFFFFFFFFFFFF + 1)
print(int("123456789012345678901234567890") * 10)
print(hex(a), oct(b), bin(2 ** 65))
print(int("ff" * 10, 16))
print((10 ** 30).bit_length() if hasattr(int, "bit_length") else 100)
print(str(-(10 ** 25)))
print(10 ** 20 // 7, 10 ** 20 % 7)
print(int.from_bytes(b"\x01" * 12, "big"))
print((2 ** 70).to_bytes(10, "little"))
