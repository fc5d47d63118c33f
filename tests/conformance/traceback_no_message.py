def f():
    raise RuntimeError
try:
    f()
except RuntimeError:
    print("once")
f()
