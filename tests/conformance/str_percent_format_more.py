# printf-style formatting with %.
print("%s|%r|%d|%i|%x|%X|%o|%c|%%" % ("s", "s", 42, -3, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d|%.3d" % (42, 42, 42, 42, 42, 7))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2e|%g|%G" % (3.14159, 2.5, -1.0, 0.25, 12345.678, 0.000123, 1e-5, 1e20))
print("%s and %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%s" % None)
print("%(name)s is %(age)d" % {"name": "ann", "age": 7})
print("%c%c" % ("x", 0x41), "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%x %o %d" % (2**70, 2**70, -(2**70)))
for fmt, args in (("%d %d", (1,)), ("%d", (1, 2)), ("%d", ("x",)), ("%z", (1,)), ("%(k)s", {"j": 1})):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % "only", "%d%%" % 50, "%.0f %.1f" % (0.5, 0.05))
