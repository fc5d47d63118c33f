class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
b = Both()
print(b, str(b), repr(b), [b], "%s %r" % (b, b), "{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), [o], (o,), {1: o})
s = OnlyStr()
print(s, str(s))
