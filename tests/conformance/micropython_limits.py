# Where MicroPython deliberately differs from CPython; vm-min must match MicroPython.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("str step", lambda: "abcdef"[::-1])
attempt("tuple step", lambda: (1, 2, 3)[::2])
attempt("bytes step", lambda: b"abc"[::-1])
attempt("list step", lambda: [1, 2, 3][::-1])
def assign():
    l = [1, 2, 3, 4]
    l[::2] = [0, 0]
    return l
attempt("list step assign", assign)
attempt("format index", lambda: "{0[0]}".format([1]))
attempt("slice()", lambda: slice(1, 2))
attempt("str.title", lambda: "ab".title())
attempt("float.is_integer", lambda: (1.0).is_integer())
attempt("int.bit_length", lambda: (5).bit_length())
attempt("bool is int", lambda: isinstance(True, int))
attempt("range eq", lambda: range(3) == range(3))
attempt("keyword-only", lambda: (lambda *, k: k)())
attempt("upper non-ascii", lambda: "é".upper())
