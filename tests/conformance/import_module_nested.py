import util_mod
import util_mod
print(util_mod.double_area(1))
import shapes
print(shapes.counter)
from shapes import *
print(PI, "bump" in dir() if False else bump())
try:
    print(_private)
except NameError as e:
    print("NameError", e)
