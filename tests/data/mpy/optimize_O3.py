# mpy-cross: -O3
# Compiled with -O3: asserts are removed, __debug__ is False (its blocks vanish), and no
# line-number table is written (n_info covers only the names).


def checked_div(a, b):
    assert b != 0, "division by zero"
    if __debug__:
        print("debug only")
    return a // b


def describe(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return "zero"


class Shape:
    def __init__(self, sides):
        assert sides > 2
        self.sides = sides


print(checked_div(9, 3), describe(-2), Shape(4).sides, [i * i for i in range(4)])
