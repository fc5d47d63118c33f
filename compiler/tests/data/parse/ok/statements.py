import a.b.c as d, e
from . import x
from ..m import (y as z, w,)
from ...p.q import *
global g1, g2
def f():
    nonlocal n
    del a, b[1], c.d
    assert x, "msg"
    raise E from F
    raise
    return
    yield
    yield from z
    break
    continue
pass; x = 1;
