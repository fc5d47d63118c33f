# float() reads text by MicroPython's rules: whitespace and a sign around inf, infinity, nan
# or a decimal whose parts may all be missing, underscores anywhere; an exponent marker at
# the end, stray characters or nothing at all are errors.
for s in (".", "e5", "-.", "_", "+.5", "5.", " 1_000.25 ", "1e_2", "2E-3", "\t-7\n",
          "inf", "+infinity", "-Inf", "nan", "-NaN", "",
          " ", "-", "+e", "1e", "1e+", "1.e", "1..2", "1.2.3", "1e5e", "0x10", "infinit",
          "nana", "1 2", "--1"):
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(float(b"2.5") if False else float("7.75"), float(3), float(True))
print(float(b"1.2"), float(bytearray(b" -3.5e1 ")), float(b"inf"))
