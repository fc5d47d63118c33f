import math
a = math.pi
b = math.e * 2
c = math.tau
d = math.inf
e = math.nan
f = math.sqrt
g = math.pi.real
h = cmath.pi
