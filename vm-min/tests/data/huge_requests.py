# Requests for more memory than the heap has are MemoryErrors, never aborts: writing far
# past the end of a stream, a struct format with an enormous count, a huge to_bytes.
import io
import struct


def attempt(f):
    try:
        f()
        print("no error")
    except MemoryError:
        print("MemoryError")


def far_write():
    b = io.BytesIO()
    b.seek(1 << 28)
    b.write(b"x")


attempt(far_write)
attempt(lambda: struct.calcsize("100000000b"))
attempt(lambda: (1).to_bytes(1 << 28))
attempt(lambda: bytes(1 << 28))
print("still running")
