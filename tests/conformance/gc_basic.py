# Deterministic parts of the gc module.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
r = gc.collect()
print(r is None or isinstance(r, int))
print(isinstance(gc.mem_alloc(), int), isinstance(gc.mem_free(), int))
print(gc.mem_alloc() > 0)

garbage = [[i] * 10 for i in range(100)]
del garbage
gc.collect()
print("collected")


class Node:
    def __init__(self):
        self.other = None


a = Node()
b = Node()
a.other = b
b.other = a
del a, b
gc.collect()
print("cycle collected without error")
keep = [bytearray(100) for _ in range(10)]
gc.collect()
print(len(keep), sum(len(k) for k in keep))
