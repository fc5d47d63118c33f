# List error paths.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
l = [1, 2, 3]
attempt("pop empty", lambda: [].pop())
attempt("pop index", lambda: l.pop(10))
attempt("index", lambda: l.index(9))
attempt("remove", lambda: l.remove(9))
attempt("getitem", lambda: l[3])
attempt("neg getitem", lambda: l[-4])
attempt("str index", lambda: l["a"])
attempt("float index", lambda: l[1.0])
attempt("add tuple", lambda: l + (4,))
attempt("mul list", lambda: l * [2])
attempt("sort mixed", lambda: sorted([1, "a"]))
attempt("insert", lambda: (l.insert(100, 4), l)[1])
attempt("insert neg", lambda: (l.insert(-100, 0), l)[1])
attempt("pop neg", lambda: l.pop(-1))
attempt("mul neg", lambda: [1] * -3)
