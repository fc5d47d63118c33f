# Allocations beyond what the heap can ever hold raise MemoryError; the VM stays usable.
for f in (lambda: bytearray(1 << 28), lambda: [0] * (1 << 28), lambda: bytearray(1 << 30), lambda: [None] * (1 << 29)):
    try:
        f()
        print("allocated")
    except MemoryError:
        print("huge allocation refused")
print("alive", sum([i for i in range(1000)]))
