a = (1 << 70) + 12345
b = (1 << 65) - 1
print(a & b, a | b, a ^ b, ~a, -a & 0xffff, a >> 3, a << 5, -a >> 10)
print(a.to_bytes(10, "little"), int.from_bytes(b"\x01\x02\x03", "big"), int.from_bytes(b"\xff\xff", "little"))
print((255).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(2 ** 200 % 1000007, (3 ** 100) // (2 ** 100), -(2 ** 90) // 7, (2 ** 90) % -7)
