# Function and class decorators, decorator factories, stacking.

calls = []

def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print("  %s%r -> %r" % (fn.__name__, args, result))
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

add(1, 2)
add("x", "y")
print(calls)

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def bold(fn):
    return lambda: "<b>" + fn() + "</b>"

def italic(fn):
    return lambda: "<i>" + fn() + "</i>"

@bold
@italic
def text():
    return "txt"

print(text())

registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

@register
class Foo:
    pass

@register
class Bar:
    pass

print(sorted(registry))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60))
print([fib(i) for i in range(10)])
