class A: pass
class B(A): pass
vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, A(), B(), range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, A))
print(type(1) == int, type("a") is str, isinstance(B(), (int, A)), issubclass(B, (int, A)), issubclass(bool, int))
print(type(int).__name__ if hasattr(type(int), "__name__") else "type", type(A).__name__)
