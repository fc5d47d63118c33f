# str.format with alignment, fill, sign, width, precision and conversions.
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:-<6}".format("ab", "ab", "ab", "ab", "x"))
print("{:5d}|{:<5d}|{:^5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, -42, 7, 7))
print("{:.3f}|{:10.2f}|{:e}|{:.1e}|{:g}|{:%}".format(3.14159, 2.5, 1234.5, 0.00012, 0.0001, 0.25))
print("{:x}|{:X}|{:o}|{:b}|{:#x}|{:#o}|{:#b}|{:08b}".format(255, 255, 8, 5, 255, 8, 5, 5))
print("{0}{1}{0}".format("a", "b"), "{}-{}".format(1, 2), "{x}/{y}".format(x=1, y=2))
print("{!r} {!s}".format("q", "q"), "{{literal}}".format(), "{0!r:>6}".format("z"))
print("{:,}".format(1234567) if True else "", "{:d}".format(True))
for fmt, args in (("{}", ()), ("{0} {}", (1, 2)), ("{:d}", ("s",)), ("{x}", ())):
    try:
        print(fmt.format(*args))
    except Exception as e:
        print(type(e).__name__, e)
print("{:>10.3}|{:.0f}|{:.2%}".format("abcdef", 2.5, 0.1234))
