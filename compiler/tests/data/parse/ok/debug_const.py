if __debug__:
    x = 1
y = not __debug__
