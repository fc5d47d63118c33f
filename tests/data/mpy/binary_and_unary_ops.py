# mpy-cross:
# Every bytecode-visible binary operator (35, incl. in-place forms and @) and unary operator (4),
# applied to names so that nothing is constant-folded.


class Matrix:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return Matrix(self.v * other.v)

    def __imatmul__(self, other):
        self.v *= other.v
        return self


def arithmetic(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** b)


def bitwise(a, b):
    return (a | b, a ^ b, a & b, a << b, a >> b, ~a)


def unary(a):
    return (+a, -a, ~a, not a)


def compare(a, b):
    return (a < b, a > b, a == b, a <= b, a >= b, a != b, a in [b], a is b)


def inplace(a, b):
    a |= b
    a ^= b
    a &= b
    a <<= b
    a >>= b
    a += b
    a -= b
    a *= b
    a //= b
    a /= b
    a %= b
    a **= b
    return a


def matmul(m, n):
    p = m @ n
    p @= n
    return p.v


def exception_match():
    try:
        raise KeyError
    except KeyError:
        return True


print(arithmetic(7, 2), bitwise(12, 2), unary(3), compare(1, 2), inplace(9, 2))
print(matmul(Matrix(2), Matrix(3)), exception_match())
