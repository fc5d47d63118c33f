# int <-> str in several bases, including big and negative numbers.
for n in (0, 7, -7, 255, 2 ** 40, -(2 ** 70) + 1):
    print(str(n), repr(n), int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 2) == n, int(oct(n), 8) == n)
print(int("zz", 36), int("-ZZ", 36), int("1" * 40, 2), int("7" * 30, 8))
print("%d %i %x %X %o" % (-255, 42, 2 ** 64, 2 ** 64 - 1, -8))
print("{:d} {:x} {:o} {:b}".format(-10, 255, 64, 10), "{:,}".format(-1234567), "{:08d}".format(-42))
print(str(True), str(None), str(1.0), str(-0.0), str(10 ** 25))
