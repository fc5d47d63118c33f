# Exhausting the heap raises MemoryError, which can be caught.
chunks = []
try:
    while True:
        chunks.append(bytearray(10000))
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError caught", n > 0)
