# Allocations far beyond the heap raise MemoryError and leave the VM usable.
for f in (lambda: [0] * (1 << 28), lambda: bytearray(1 << 28), lambda: "ab" * (1 << 28), lambda: list(range(1 << 28))):
    try:
        f()
        print("allocated")
    except MemoryError:
        print("huge allocation refused")
print("alive", sum([i for i in range(1000)]))
