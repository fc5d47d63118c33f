PI = 3.14159
_private = "hidden"
counter = 0

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return PI * self.r * self.r

def bump():
    global counter
    counter += 1
    return counter

def fail():
    raise ValueError("raised in shapes")
