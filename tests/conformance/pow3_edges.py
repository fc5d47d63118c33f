# Three-argument pow by MicroPython's rules: 0 for a zero base, a negative exponent or a
# modulus of 1 or -1; 1 for a zero exponent; otherwise the remainder takes the modulus' sign.
for args in ((3, 4, 7), (1, 1, 1), (0, 1, 1), (1, 0, 1), (1, 0, 2), (0, 0, 5), (0, 1, 5),
             (0, 0, 1), (1, 0, -1), (1, 0, -2), (3, 0, -5), (-3, 0, -5), (3, 4, -5),
             (-3, 5, 7), (2, -1, 5), (7, 2**70, 13), (2**100 + 1, 3, 2**65 - 1), (5, 3, -2**64)):
    print(args, pow(*args))
for bad in ((2, 3, 0), (2.0, 3, 5), (2, 3, "m")):
    try:
        pow(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
