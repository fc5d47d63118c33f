# Importing modules from the helper library: attributes, from-imports, aliases, caching.
import shapes
import util_mod as um
from shapes import Circle, bump, PI
print(shapes.PI == PI, round(Circle(2).area(), 3), round(um.double_area(1), 3))
print(bump(), bump(), shapes.counter, shapes.bump(), shapes.counter)
import shapes as again
print(again is shapes, again.counter)
try:
    shapes.fail()
except ValueError as e:
    print("ValueError", e)
try:
    from shapes import missing_name
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    import no_such_module
except ImportError as e:
    print("ImportError", e)
print(type(shapes).__name__, shapes.__name__, hasattr(shapes, "_private"))
