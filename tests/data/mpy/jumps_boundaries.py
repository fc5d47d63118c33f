# mpy-cross:
# Jump-size boundaries of mpy-cross's multi-pass sizing (bytecode.md section 4): forward jumps
# whose distance is just below/at/above 63 (signed) and 127 (unsigned), and backward jumps
# around -64. A forward jump at exactly 63/127 stays in the 2-byte form.
# Padding statements on local v: `v += 1` = 4 bytes, `v = -v` = 3 bytes, `v` = 2 bytes.



def if_body_61(p, v):
    if p:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v
    return v


def if_body_62(p, v):
    if p:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v = -v
    return v


def if_body_63(p, v):
    if p:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v += 1
    return v


def if_body_64(p, v):
    if p:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
    return v


def or_expr_125(p, v):
    return p or v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def or_expr_126(p, v):
    return p or -v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def or_expr_127(p, v):
    return p or v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def or_expr_128(p, v):
    return p or -v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def and_expr_125(p, v):
    return p and v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def and_expr_126(p, v):
    return p and -v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def and_expr_127(p, v):
    return p and v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def and_expr_128(p, v):
    return p and -v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v


def while_body_56(p, v):
    while p:
        p -= 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
    return v


def while_body_57(p, v):
    while p:
        p -= 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v
    return v


def while_body_58(p, v):
    while p:
        p -= 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v = -v
    return v


def while_body_59(p, v):
    while p:
        p -= 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v += 1
    return v


def for_body_121(items, v):
    for p in items:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v
    return v


def for_body_122(items, v):
    for p in items:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v = -v
    return v


def for_body_123(items, v):
    for p in items:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v = -v
        v += 1
    return v


def for_body_124(items, v):
    for p in items:
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
        v += 1
    return v


print(if_body_62(1, 0), or_expr_127(0, 1), and_expr_126(1, 1), while_body_58(2, 1), for_body_121([1], 0))
