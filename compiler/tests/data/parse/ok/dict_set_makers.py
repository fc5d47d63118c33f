a = {x: 1}
b = {x}
c = {x: y for x in z}
d = {1: 2, 3: 4,}
e = {1, 2,}
