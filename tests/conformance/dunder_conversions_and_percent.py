# __int__ and __float__ wherever an int or a float is needed, and % formatting's
# dict keys, '*' widths and precisions, %c and integer precision rules.
import math


class I:
    def __int__(self):
        return 7


class F:
    def __float__(self):
        return 2.5


class BadI:
    def __int__(self):
        return "x"


class BadF:
    def __float__(self):
        return 3


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("int(I())", lambda: int(I()))
show("int(BadI())", lambda: int(BadI()))
show("float(F())", lambda: float(F()))
show("float(BadF())", lambda: float(BadF()))
show("'%d' % I()", lambda: "%d" % I())
show("'%.1f' % F()", lambda: "%.1f" % F())
show("math.sqrt(F())", lambda: math.sqrt(F()))
show("math.floor(F())", lambda: math.floor(F()))
show("[1, 2, 3][:I()]", lambda: [1, 2, 3][: int(I())])
show("range(I())", lambda: list(range(I())))
show("bytearray(I())", lambda: bytearray(I()))
show("chr(I())", lambda: chr(I()))
show("round(F())", lambda: round(F()))

show("'%(a)s-%(b)d' % {'a': 1, 'b': 2}", lambda: "%(a)s-%(b)d" % {"a": 1, "b": 2})
show("'%s %(a)s' % {'a': 1}", lambda: "%s %(a)s" % {"a": 1})
show("'%(a)s %s' % {'a': 1}", lambda: "%(a)s %s" % {"a": 1})
show("'%(a)s' % ({},)", lambda: "%(a)s" % ({},))
show("'%(a)s' % 1", lambda: "%(a)s" % 1)
show("'%(a' % {}", lambda: "%(a" % {})
show("'%(a)*s' % {'a': 1}", lambda: "%(a)*s" % {"a": 1})
show("'%*d|' % (5, 10)", lambda: "%*d|" % (5, 10))
show("'%-*d|' % (5, 10)", lambda: "%-*d|" % (5, 10))
show("'%*.*f|' % (8, 2, 3.14159)", lambda: "%*.*f|" % (8, 2, 3.14159))
show("'%.*s|' % (2, 'abc')", lambda: "%.*s|" % (2, "abc"))
show("'%*s' % ()", lambda: "%*s" % ())
show("'%*s' % 5", lambda: "%*s" % 5)
show("'%c' % 'ab'", lambda: "%c" % "ab")
show("'%c' % 1.5", lambda: "%c" % 1.5)
show("'%c%c' % (72, 'i')", lambda: "%c%c" % (72, "i"))
for f in ("%-08.4d", "%08.4d", "%-8.4d", "%8.4d", "%-+08.4d", "%-08.1d", "%-#08.4x", "%#08.4x", "%-06o"):
    for v in (-12, 12):
        show("'%s' %% %d" % (f, v), lambda: ">" + f % v + "<")
