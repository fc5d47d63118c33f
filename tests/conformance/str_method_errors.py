# Error paths of str methods and operators.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("join ints", lambda: "-".join([1, 2]))
attempt("replace int", lambda: "abc".replace(1, "x"))
attempt("split int", lambda: "a b".split(1))
attempt("startswith int", lambda: "abc".startswith(1))
attempt("find int", lambda: "abc".find(1))
attempt("index missing", lambda: "abc".index("z"))
attempt("mul float", lambda: "ab" * 1.5)
attempt("add bytes", lambda: "ab" + b"cd")
attempt("contains int", lambda: 1 in "abc")
attempt("encode", lambda: "é".encode("utf-8"))
attempt("format missing", lambda: "{} {}".format(1))
attempt("percent dict", lambda: "%(a)s %(b)s" % {"a": 1})
attempt("strip int", lambda: "abc".strip(1))
attempt("count empty", lambda: "abc".count(""))
attempt("neg mul", lambda: "ab" * -1)
