# mpy-cross:
# Container displays (BUILD_TUPLE/LIST/MAP/SET, STORE_MAP), subscripts (LOAD_SUBSCR/STORE_SUBSCR),
# slices with 2 and 3 parts (BUILD_SLICE), attribute access and method calls.


def build(a, b, c):
    t = (a, b, c)
    empty_t = ()
    l = [a, b, c]
    empty_l = []
    d = {"a": a, "b": b, c: "c"}
    empty_d = {}
    s = {a, b, c}
    one = (a,)
    return t, empty_t, l, empty_l, d, empty_d, s, one


def slicing(seq, i, j, k):
    head = seq[:i]
    tail = seq[i:]
    mid = seq[i:j]
    stepped = seq[i:j:k]
    rev = seq[::-1]
    every = seq[::k]
    copy = seq[:]
    seq[i:j] = [0]
    seq[::2] = seq[::2]
    last = seq[-1]
    seq[0] = last
    multi = {(i, j): k}[i, j]
    return head, tail, mid, stepped, rev, every, copy, last, multi


def methods(text):
    parts = text.split(",")
    parts.append(text.upper())
    return parts.index(parts[0]), len(parts), text.strip().lower().encode()


print(build(1, 2, 3), slicing(list(range(10)), 2, 8, 2), methods(" a,b,c "))
