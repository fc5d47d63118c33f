a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, -a // b, -a % b, a // -b, a % -b)
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, -(-a))
print(0 // 7, 7 % 1, 2 ** 10, 2 ** 0, (-2) ** 3, 10 ** -1)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x %= 4; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 7; x ^= 2
print(x)
print(int("  42  "), int("-7"), int("1_000"), int("ff", 16), int("0b101", 0), int("z", 36))
