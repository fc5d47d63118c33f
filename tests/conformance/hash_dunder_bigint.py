# __hash__ may return any int: a big one is cut down to a small int (its low bits).
class F:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in ((1 << 70) | 5, -((1 << 80) + 3), 12, True):
    print(hash(F(h)))
print(len({F(1 << 90): 1, F(7): 2}))
try:
    hash(F(1.5))
except TypeError as e:
    print("TypeError")
