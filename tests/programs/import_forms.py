# Different import statement forms with built-in modules.
import math
import math as m
from math import sqrt, pi as PI
from struct import *
import collections
from collections import namedtuple as nt
import sys, gc

print(math.sqrt(9), m.sqrt(16), sqrt(25), PI == math.pi)
print(calcsize("<I"), pack("<H", 1))
P = nt("P", "a b")
print(P(1, 2), collections.namedtuple is nt)
print(m is math, type(sys).__name__, type(gc).__name__)


def local_import():
    import json
    from binascii import hexlify
    return json.dumps([1]), hexlify(b"\x01")


print(local_import())
try:
    import no_such_module_here
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    from math import no_such_name
except ImportError:
    print("ImportError for missing name")
import math
print(math is m)
mods = [__import__(n) for n in ("math", "struct")]
print([type(x).__name__ for x in mods], mods[0] is math)
print(hasattr(math, "floor"), "floor" in dir(math))
