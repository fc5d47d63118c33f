print(round(0.5), round(1.5), round(2.5), round(-1.5), round(3.14159, 3), round(1234, -2), round(-0.45, 1))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.5, 2), pow(10, 20), pow(7, 0, 3))
print(2 ** -1, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0)
