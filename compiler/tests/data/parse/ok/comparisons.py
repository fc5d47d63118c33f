a = x < y <= z
b = x not in y
c = x is not y
d = x is y
e = x in y
f = x != y
g = not x == y
