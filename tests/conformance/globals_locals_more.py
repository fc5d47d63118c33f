# globals() and locals() at module level, in functions and in classes.
g = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(k for k in loc.keys() if not k.startswith("__"))
print(f(1))
print("g" in globals(), globals()["g"], "f" in globals())
globals()["created"] = "via globals"
print(created)
def setter():
    globals()["g"] = 100
setter()
print(g)
class K:
    x = 1
    y = x + 1
    names = sorted(k for k in locals().keys() if not k.startswith("__"))
print(K.names, K.y)
print(type(globals()).__name__, globals() is globals())
