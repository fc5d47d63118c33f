# Zero to a negative finite power is a ZeroDivisionError (ints go through floats there);
# to minus infinity it is inf.
inf = float("inf")
for a, b in ((0, -1), (0.0, -2), (0, -2.5), (0.0, -inf), (-0.0, -1), (0, 0), (0.0, inf),
             (2, -1), (-2, -2), (0.5, -inf), (10, -3)):
    try:
        print(a, b, a ** b, pow(a, b))
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError", e)
