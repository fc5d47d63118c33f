# mpy-cross:
# Comparisons (all six, chained), identity and membership (incl. `not in` / `is not`),
# boolean operators (JUMP_IF_TRUE_OR_POP / JUMP_IF_FALSE_OR_POP), conditional expressions,
# `not`, walrus operator.


def classify(x, lo, hi):
    if lo < x < hi:
        return "inside"
    elif x <= lo or x >= hi and x != 100:
        return "edge"
    return "other"


def checks(a, b, seq):
    r1 = a == b
    r2 = a != b
    r3 = a > b
    r4 = a in seq
    r5 = a not in seq
    r6 = a is None
    r7 = b is not None
    r8 = not a
    r9 = a < b <= 10 > -1 >= -5 != 0
    return r1, r2, r3, r4, r5, r6, r7, r8, r9


def values(a, b, c):
    either = a or b
    both = a and b
    mixed = a and b or c
    pick = b if a else c
    default = a or b or c or "none"
    return either, both, mixed, pick, default


def walrus(seq):
    if (n := len(seq)) > 3:
        return n
    while (item := seq.pop()) != 0:
        pass
    return item


print(classify(5, 1, 10), classify(1, 1, 10), checks(1, 2, [1]), values(0, 2, 3), walrus([0, 1]))
