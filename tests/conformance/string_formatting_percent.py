# printf-style % formatting.

print("%s and %s" % ("a", "b"))
print("%d items" % 5)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%+d %+d" % (5, -5))
print("%x %X %o" % (255, 255, 8))
print("%#x %#o" % (255, 8))
print("%c%c" % (72, "i"))
print("%r %s" % ("q", "q"))
print("%%d literal percent, %d%%" % 50)
print("%.2f %.0f %10.3f|" % (3.14159, 2.71828, -1.5))
print("%e %E" % (1234.5, 0.00012))
print("%g %g %g" % (100000, 1000000, 0.5))
print("%s" % [1, 2])
print("%s" % (None,))
print("%s %s" % (True, 3.0))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|" % (6, 1, 4, 2))
print("%.3s|" % "abcdef")
print("%10s|%-10s|" % ("right", "left"))
print("%i" % -7)
print("%d" % 3.99)
print("%s" % b"bytes")
try:
    print("%d %d" % (1,))
except TypeError:
    print("TypeError: not enough arguments")
try:
    print("%d" % (1, 2))
except TypeError:
    print("TypeError: not all converted")
try:
    print("%d" % "x")
except TypeError:
    print("TypeError: %d needs a number")
print(b"%d-%s" % (1, b"x"))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for r in rows:
    print("%-8s%4d%8.2f" % r)
