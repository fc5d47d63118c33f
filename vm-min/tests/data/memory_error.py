try:
    big = [0] * (1 << 22)
except MemoryError:
    print("MemoryError")
x = [1, 2, 3]
print("recovered", x)
