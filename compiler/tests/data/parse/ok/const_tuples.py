a = 1, 2
b = (1, "s", None, True, False, ..., (), (1,), b"x", 1.5, 2**40)
c = (1,)
d = ()
e = (1, x)
f = [1, 2]
g = {1, 2}
h = x[1, 2]
for i in 1, 2:
    pass
def f():
    return 1, 2
k = (1, 2, 3)
l = 1,
