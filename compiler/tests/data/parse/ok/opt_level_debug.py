# options: -O
if __debug__:
    x = 1
assert x
y = __debug__
