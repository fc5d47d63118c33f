def trace(f):
    def wrapped(*a, **k):
        print("call", f.__name__ if hasattr(f, "__name__") else "?", a)
        r = f(*a, **k)
        print("ret", r)
        return r
    return wrapped
@trace
def add(a, b):
    return a + b
add(2, 3)
def repeat(n):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
class Registry:
    items = []
    @classmethod
    def register(cls, f):
        cls.items.append(f.__name__ if hasattr(f, "__name__") else "f")
        return f
@Registry.register
def one():
    pass
@Registry.register
def two():
    pass
print(Registry.items)
