# mpy-cross:
# Assignment forms: tuple/list unpacking (UNPACK_SEQUENCE), starred targets (UNPACK_EX),
# swaps (ROT_TWO/ROT_THREE), chained assignment (DUP_TOP), augmented assignment on
# attributes and subscripts (DUP_TOP_TWO/ROT_THREE), for-loop targets.


class Point:
    def __init__(self):
        self.x = 0
        self.y = 0


def unpack(seq):
    a, b = seq[0], seq[1]
    a, b = b, a
    x, y, z = seq[0], seq[1], seq[2]
    x, y, z = z, y, x
    first, *rest = seq
    *init, last = seq
    head, *middle, tail = seq
    (p, q), [r, s] = (1, 2), [3, 4]
    i = j = k = len(seq)
    return a, b, x, y, z, first, rest, init, last, head, middle, tail, p, q, r, s, i, j, k


def augment(pt, table, key):
    pt.x += 1
    pt.y -= 2
    table[key] *= 3
    table[key] |= 1
    pt.x, pt.y = pt.y, pt.x
    table[0], table[1] = table[1], table[0]
    return pt.x, pt.y, table


def loop_targets(pairs):
    out = []
    for a, (b, *c) in pairs:
        out.append((a, b, c))
    for out[0] in [1]:
        pass
    return out


print(unpack([1, 2, 3, 4, 5]), augment(Point(), [1, 2, 3], 2), loop_targets([(1, (2, 3, 4))]))
