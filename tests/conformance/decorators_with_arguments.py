# Decorators with arguments, stacked decorators and class decorators.
def repeat(n):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return wrapper
    return deco
def tag(name):
    def deco(f):
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, f(*a), name)
        return wrapper
    return deco
@repeat(3)
def hello(who="x"):
    return "hi " + who
@tag("b")
@tag("i")
def text(s):
    return s
print(hello(), hello(who="y"), text("bold"))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def logged(f):
    calls = []
    def w(*a):
        calls.append(a)
        return f(*a)
    return w, calls
add, add_calls = logged(lambda a, b: a + b)
add(1, 2)
add(3, 4)
print(add_calls, add(5, 6), len(add_calls))
