# int(text, 0) reads a prefix for the base, and decimal otherwise, where a leading zero is
# only allowed on zero itself; errors name the base that applied.
for s, b in (("00", 0), ("01", 0), ("0_0", 0), ("-010", 0), (" 00 ", 0), ("0x1f", 0),
             ("0o17", 0), ("0b101", 0), ("x", 0), ("1x", 0), ("0xg", 0), ("0xg", 16),
             ("9", 8), ("0b2", 0), ("010", 10), ("010", 16)):
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
