# The micropython module: const, opt_level, heap_lock and friends.
import micropython
from micropython import const

X = const(10)
print(X, micropython.const(5))
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())

micropython.heap_lock()
try:
    lst = [1, 2, 3] * 1000
    print("allocated while locked?", len(lst))
except MemoryError:
    print("MemoryError while heap locked")
finally:
    micropython.heap_unlock()
print("unlocked", len([0] * 100))


def f():
    return 1


print(callable(micropython.schedule), f())
print(micropython.kbd_intr(-1) is None)
print(isinstance(micropython.stack_use(), int))
