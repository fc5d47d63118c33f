# options: -msmall-int-bits=15
a = 16383
b = 16384
c = -16384
d = -16385
e = 1 << 14
