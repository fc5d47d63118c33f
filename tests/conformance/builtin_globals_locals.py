x = 5
g = globals()
print(g["x"], "x" in g, type(g).__name__)
g["made_here"] = 7
print(made_here)
class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.b, C.names)
