def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError:", e)
print("still alive")
