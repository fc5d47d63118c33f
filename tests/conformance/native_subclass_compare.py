# Comparing builtin values with instances of classes derived from builtin types.
class T(tuple):
    pass


class L(list):
    pass


class I(int):
    pass


class S(str):
    pass


t, l, i, s = T((1, 2, 3)), L([1, 2]), I(5), S("abc")


def show(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError", e)


show("tuple", lambda: (t == (1, 2, 3), (1, 2, 3) == t, t < (1, 2, 4), (1, 2, 3) <= t, (1, 2, 4) < t))
show("list ==", lambda: (l == [1, 2], [1, 2] == l))
show("L < list", lambda: l < [1, 3])
show("list < L", lambda: [1, 1] < l)
show("int", lambda: (i == 5, 5 == i, i <= 5, i > 4))
show("int < I", lambda: 4 < i)
show("I + 1", lambda: i + 1)
show("str", lambda: (s == "abc", "abc" == s, s >= "abc", s < "abd"))
show("str < S", lambda: "abb" < s)
show("sorted", lambda: sorted([T((2,)), (1,), T((0, 5))]))
