# str.format: the replacement-field grammar's errors, format-spec validation, and digit
# grouping with "," and "_", also inside zero padding.
def fmt(f, *args, **kw):
    try:
        print(repr(f), "->", repr(f.format(*args, **kw)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(f), "->", type(e).__name__, e)


fmt("}", 1)
fmt("a}}b{{c}}", 1)
fmt("{!", 1)
fmt("{!d}", 1)
fmt("{!r}{!s}", "x", "y")
fmt("{!s :}", 2)
fmt("{0!r:>6}", "ab")
fmt("{abc", 1)
fmt("{x:>{w}}", x=5, w=4)
fmt("{0:=}", "zzz")
fmt("{:=10}", "a")
fmt("{:=10}", 5)
fmt("{0:+s}", "1")
fmt("{0: s}", "1")
fmt("{0:-s}", "1")
fmt("{0:+c}", 65)
fmt("{:c}", 65)
fmt('{:*"1"}', "zz")
fmt("{:X}", "zz")
fmt("{:5.2s}|", "abc")
fmt("{:d}", "1")
fmt("{:s}", 1)
for spec in (",", "_", ",d", "_d", "_x", "_X", "_b", "_o", "#_x", "+,", " _"):
    for v in (0, 7, 1234, -1234567, 2**40, -(2**33)):
        fmt("{:" + spec + "}", v)
for v in (0, 5, -5, 1234, -98765, 0x1F):
    for w in (1, 4, 5, 6, 7, 8, 9, 10, 12):
        fmt("{:0%d,}" % w, v)
        fmt("{:0%d_}" % w, v)
        fmt("{:0%d_x}" % w, v)
fmt("{:+010,}", 1234)
fmt("{:#012_x}", 0xABCDE)
fmt("{:,.2f}", 1234567.891)
fmt("{:_}", 12345.5)
