a = True + 1
b = "a" + "b"
c = 3 * "a"
d = 1 < 2
e = (1,) + (2,)
f = None or x
