# The messages of common errors.
class C:
    attr = 1
def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("attr", lambda: C().missing)
attempt("class attr", lambda: C.missing)
attempt("int attr", lambda: (5).missing)
attempt("name", lambda: undefined_variable)
attempt("call int", lambda: 5())
attempt("call str", lambda: "s"())
attempt("subscript int", lambda: 5[0])
attempt("subscript none", lambda: None["k"])
attempt("add str int", lambda: "a" + 1)
attempt("add int str", lambda: 1 + "a")
attempt("mul list list", lambda: [1] * [2])
attempt("neg str", lambda: -"s")
attempt("lt str int", lambda: "a" < 1)
attempt("iter int", lambda: iter(5))
attempt("len int", lambda: len(5))
attempt("int str", lambda: int("x1"))
attempt("hash list", lambda: hash([]))
attempt("dict key", lambda: {}["nope"])
attempt("str index", lambda: "abc"[5])
attempt("tuple index", lambda: (1,)[2])
attempt("div zero float", lambda: 1.0 / 0)
attempt("mod zero", lambda: 5 % 0)
attempt("assert", lambda: exec("assert False") if False else None)
