# Builtins, methods and types check how many positional arguments they get and whether
# they take keyword arguments, before doing anything.
import math


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except TypeError as e:
        print(label, "TypeError:", e)


# Too few, too many, keywords where none are taken.
attempt("repr()", lambda: repr())
attempt("len(1, 2)", lambda: len([], []))
attempt("abs(x=1)", lambda: abs(x=1))
attempt("hash()", lambda: hash())
attempt("divmod(1)", lambda: divmod(1))
attempt("getattr(1)", lambda: getattr(1))
attempt("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4))
attempt("round()", lambda: round())
attempt("round(1, 2, 3)", lambda: round(1, 2, 3))
attempt("min()", lambda: min())
attempt("max(1, 2, key=None)", lambda: max(1, 2, key=None))
attempt("sorted([], None)", lambda: sorted([], None))
attempt("sorted([2, 1], reverse=True)", lambda: sorted([2, 1], reverse=True))
attempt("setattr(1, 2)", lambda: setattr(1, 2))
attempt("globals(1)", lambda: globals(1))

# Methods count their receiver.
l = [3, 1, 2]
attempt("l.append()", lambda: l.append())
attempt("l.append(1, 2)", lambda: l.append(1, 2))
attempt("l.append(x=1)", lambda: l.append(x=1))
attempt("l.insert(0)", lambda: l.insert(0))
attempt("l.sort(1)", lambda: l.sort(1))
attempt("l.sort(noexist=1)", lambda: l.sort(noexist=1))
attempt("l.sort(reverse=True)", lambda: (l.sort(reverse=True), l)[1])
attempt("list.append(l)", lambda: list.append(l))
print(l)
d = {}
attempt("d.get()", lambda: d.get())
attempt("d.get(1, 2, 3)", lambda: d.get(1, 2, 3))
attempt("d.update(a=1)", lambda: (d.update(a=1), d)[1])
attempt("'a'.upper(1)", lambda: "a".upper(1))
attempt("'a b'.split(sep=' ')", lambda: "a b".split(sep=" "))
attempt("'a,b'.replace(',')", lambda: "a,b".replace(","))
attempt("'a\\nb'.splitlines(keepends=True)", lambda: "a\nb".splitlines(keepends=True))
attempt("'a\\nb'.splitlines(keep=True)", lambda: "a\nb".splitlines(keep=True))
attempt("'{}{x}'.format(1, x=2)", lambda: "{}{x}".format(1, x=2))
attempt("set().add()", lambda: set().add())
attempt("set().difference()", lambda: set().difference())
attempt("(1, 2).index()", lambda: (1, 2).index())
attempt("(5).to_bytes(1, 'little', signed=False)", lambda: (5).to_bytes(1, "little", signed=False))
attempt("int.from_bytes()", lambda: int.from_bytes())

# Module functions.
attempt("math.sqrt()", lambda: math.sqrt())
attempt("math.sqrt(4, 2)", lambda: math.sqrt(4, 2))
attempt("math.log(8, 2, 1)", lambda: math.log(8, 2, 1))
attempt("math.isclose(1, 1, tol=1)", lambda: math.isclose(1, 1, tol=1))
attempt("math.isclose(1, 1.0000000001)", lambda: math.isclose(1, 1.0000000001))

# Types.
attempt("range()", lambda: range())
attempt("range(end=1)", lambda: range(end=1))
attempt("range(0, 1, 1, 1)", lambda: range(0, 1, 1, 1))
attempt("int(1, 2, 3)", lambda: int(1, 2, 3))
attempt("float(1, 2)", lambda: float(1, 2))
attempt("list(1, 2)", lambda: list(1, 2))
attempt("tuple(x=1)", lambda: tuple(x=1))
attempt("dict(a=1)", lambda: dict(a=1))
attempt("filter(None)", lambda: filter(None))
attempt("map(abs)", lambda: map(abs))
attempt("reversed()", lambda: reversed())
attempt("enumerate([1], 1, 2)", lambda: enumerate([1], 1, 2))
attempt("list(enumerate(iterable=[7], start=2))", lambda: list(enumerate(iterable=[7], start=2)))
attempt("math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
attempt("math.isclose(1)", lambda: math.isclose(1))
attempt("'a'.splitlines(1, 2)", lambda: "a".splitlines(1, 2))
attempt("enumerate()", lambda: enumerate())
attempt("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5))
attempt("dict(1, 2)", lambda: dict(1, 2))
attempt("{}.update(1, 2)", lambda: {}.update(1, 2))


class C:
    def _get(self):
        return "got"

    x = property(_get, doc="the x")


print(C().x)
attempt("property(fget=None)", lambda: property(fget=None))
