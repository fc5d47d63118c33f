# gc: collect frees garbage; mem_free/mem_alloc are ints that move with allocation.
import gc
print(gc.collect() is None, type(gc.mem_free()).__name__, type(gc.mem_alloc()).__name__)
gc.collect()
before = gc.mem_alloc()
keep = [bytearray(1000) for _ in range(20)]
grown = gc.mem_alloc()
print(grown > before, gc.mem_free() > 0)
keep = None
gc.collect()
print(gc.mem_alloc() > 0)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
