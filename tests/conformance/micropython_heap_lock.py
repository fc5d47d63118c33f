# micropython.heap_lock() makes allocation fail until heap_unlock(); opt_level round trip.
import micropython
r2 = "not raised"
micropython.heap_lock()
try:
    lst = [1, 2, 3] * 100
except MemoryError:
    r2 = "MemoryError while heap locked"
depth = micropython.heap_unlock()
print(r2, depth)
micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_unlock()
b = micropython.heap_unlock()
print(a, b, len([0] * 100))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())
