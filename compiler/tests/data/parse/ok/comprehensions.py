a = [x for x in y if x if z for w in v]
b = {x: y for x, y in z}
c = {x for x in y}
d = (x for x in y)
e = {1: 2, 3: 4}
f = {}
g = [x, *y]
h = sum(x for x in y)
