# micropython.const and friends.
import micropython
from micropython import const
X = const(10)
_Y = const(2 ** 4)
print(X, _Y, X * _Y, micropython.const("s"), micropython.opt_level() >= 0)
def f():
    return X + 1
print(f())
