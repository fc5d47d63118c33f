# Powers with a big-int exponent where the result is small, and big-int bases.
i = 1 << 65
print(0 ** i, 0 ** (i + 1), 1 ** i, i ** 0, i ** 1, i ** 2)
print(pow(0, i), pow(1, i), pow(i, 0), (-i) ** 3)
