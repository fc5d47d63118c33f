from micropython import const
X = const(1)
_Y = const(2)
Z = const(X + _Y)
S = const("a string here")
T = const((1, 2))
N = const(None)
B: int = const(True)
print(X, _Y, Z, S, T, N, B)
def g(X):
    return X + 1
micropython.const(5)
obj.X = 3
