# A namedtuple is a tuple for concatenation, repetition, % formatting and comparison (but
# not for int * namedtuple).
from collections import namedtuple

P = namedtuple("P", ("x", "y"))
p = P(1, 2)
print(p + p, p * 2, p + (3,), (0,) + p, type(p + p).__name__)
try:
    2 * p
except TypeError:
    print("TypeError")
print("(%d, %d)" % p, "%s-%s" % P("a", "b"))
print(p == (1, 2), (1, 2) == p, p < (1, 3), list(p), tuple(p), isinstance(p, tuple))
