# A module's __dict__ and a function's __globals__.
import math
import sys


def f():
    return counter


counter = 1
print(type(math.__dict__), math.__dict__["__name__"], "sqrt" in math.__dict__)
print(sys.__dict__["__name__"], type(f.__globals__), f.__globals__ is globals())
f.__globals__["counter"] = 41
print(f() + 1, counter)
try:
    f.__globals__ = None
except AttributeError:
    print("AttributeError")
