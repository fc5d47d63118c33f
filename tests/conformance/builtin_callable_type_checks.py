# callable, type, isinstance with tuples, issubclass chains.
class A:
    pass
class B(A):
    def __call__(self):
        return "called"
def f():
    pass
for o in (f, A, A(), B(), len, print, 1, "s", lambda: 0, B().__call__, str.upper):
    print(callable(o), end=" ")
print()
print(type(1) is int, type("") is str, type([]) is list, type(A()) is A, type(B()) is A, type(A) is type)
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(A, object), issubclass(int, object))
print(isinstance(A, type), isinstance(1, object), isinstance(None, object), type(None).__name__)
print(type(type).__name__, type(f).__name__, type(len).__name__, type(B().__call__).__name__)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
