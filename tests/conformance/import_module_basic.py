import shapes
print(shapes.PI, shapes.Circle(2).area(), shapes.bump(), shapes.bump(), shapes.counter)
from shapes import Circle, bump
print(Circle(1).area(), bump(), shapes.counter)
import shapes as s2
print(s2 is shapes, s2.counter)
