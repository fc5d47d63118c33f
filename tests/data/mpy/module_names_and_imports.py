# mpy-cross:
# Module-level names: LOAD_NAME / STORE_NAME / DELETE_NAME and every import form
# (plain, dotted, dotted-as, from-import with `as`, relative levels 1-3, star import).
import sys

try:
    import os.path
    import collections.abc as cabc
except ImportError:
    cabc = None
from math import pi, sqrt as square_root
from micropython import const

try:
    from . import sibling
    from .. import cousin as relative
    from ...pkg.sub import thing
except ImportError:
    sibling = None
from json import *

VERSION = const(3)
_PRIVATE = const(17)
counter = 0
counter = counter + _PRIVATE
name = "frost"
label = name
del label
alias = sys
print(alias.platform, cabc is None, pi, square_root(VERSION), counter, dumps([1]))
del alias, counter
del sibling
