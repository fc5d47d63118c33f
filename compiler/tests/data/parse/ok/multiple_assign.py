a = b = c = 1
a, b = b, a
a, b, c = c, b, a
[a, b] = 1, 2
(a, b) = x
