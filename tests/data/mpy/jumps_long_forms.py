# mpy-cross:
# Jumps in their 1-byte and 2-byte encodings: every jump opcode once with a short target
# and once with a target more than 63 (signed) / 127 (unsigned) bytes away, forward and backward.


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def short_forms(v, items):
    acc = 0
    if v:
        acc = 1
    else:
        acc = 2
    if not v:
        acc += 3
    while v < 3:
        v += 1
    while not v:
        v -= 1
    for x in items:
        acc += x
    r = v or acc
    r = v and acc
    with Ctx():
        acc += 1
    try:
        acc += 1
    except ValueError:
        acc -= 1
    try:
        acc += 1
    finally:
        acc -= 1
    for x in items:
        try:
            if x:
                break
            continue
        finally:
            acc += 1
    return acc, r


def long_if(v):
    acc = 0
    if v:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    else:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    if not v:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    return acc


def long_while(v):
    acc = 0
    while v > 0:
        v -= 1
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    while not acc:
        acc = 1
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    while True:
        v += 1
        if v > 5:
            break
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    return acc


def long_for(items):
    acc = 0
    for v in items:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    return acc


def long_bool(v, w):
    a = w or (v * 3 + 1) * (v * 5 + 2) * (v * 7 + 3) * (v * 11 + 4) * (v * 13 + 5) * (v * 17 + 6) * (v * 19 + 7) * (v * 23 + 8) * (v * 29 + 9) * (v * 31 + 10) * (v * 37 + 11) * (v * 41 + 12) * (v * 43 + 13) * (v * 47 + 14) * (v * 53 + 15) * (v * 59 + 16) * (v * 61 + 17) * (v * 67 + 18) * (v * 71 + 19) * (v * 73 + 20) * (v * 79 + 21) * (v * 83 + 22)
    b = w and (v * 3 + 1) * (v * 5 + 2) * (v * 7 + 3) * (v * 11 + 4) * (v * 13 + 5) * (v * 17 + 6) * (v * 19 + 7) * (v * 23 + 8) * (v * 29 + 9) * (v * 31 + 10) * (v * 37 + 11) * (v * 41 + 12) * (v * 43 + 13) * (v * 47 + 14) * (v * 53 + 15) * (v * 59 + 16) * (v * 61 + 17) * (v * 67 + 18) * (v * 71 + 19) * (v * 73 + 20) * (v * 79 + 21) * (v * 83 + 22)
    return a, b


def long_blocks(v):
    acc = 0
    with Ctx() as c:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    try:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    except ValueError:
        acc = -1
    try:
        acc += 1
    except KeyError:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    except IndexError as e:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    else:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    try:
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    finally:
        acc += 1
    return acc, c


def long_unwind(items):
    acc = 0
    for v in items:
        try:
            if v < 0:
                break
            acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
            acc = (acc * 37 + v) % 1000033 ^ (v << 2)
            acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
            acc = (acc * 43 + v) % 1000039 ^ (v << 3)
            acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
            acc = (acc * 53 + v) % 1000099 ^ (v << 4)
            acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
            acc = (acc * 61 + v) % 1000121 ^ (v << 5)
            acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
            acc = (acc * 71 + v) % 1000151 ^ (v << 6)
            if v > 100:
                continue
        finally:
            acc += 1
        acc += 1
        acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
        acc = (acc * 37 + v) % 1000033 ^ (v << 2)
        acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
        acc = (acc * 43 + v) % 1000039 ^ (v << 3)
        acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
        acc = (acc * 53 + v) % 1000099 ^ (v << 4)
        acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
        acc = (acc * 61 + v) % 1000121 ^ (v << 5)
        acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
        acc = (acc * 71 + v) % 1000151 ^ (v << 6)
    while acc < 1000:
        with Ctx():
            acc = (acc * 31 + v) % 1000003 ^ (acc >> 3)
            acc = (acc * 37 + v) % 1000033 ^ (v << 2)
            acc = (acc * 41 + v) % 1000037 ^ (acc >> 5)
            acc = (acc * 43 + v) % 1000039 ^ (v << 3)
            acc = (acc * 47 + v) % 1000081 ^ (acc >> 7)
            acc = (acc * 53 + v) % 1000099 ^ (v << 4)
            acc = (acc * 59 + v) % 1000117 ^ (acc >> 9)
            acc = (acc * 61 + v) % 1000121 ^ (v << 5)
            acc = (acc * 67 + v) % 1000133 ^ (acc >> 11)
            acc = (acc * 71 + v) % 1000151 ^ (v << 6)
            if acc > 500:
                continue
            break
    return acc


print(short_forms(0, [1, 2]), long_if(1), long_while(3), long_for([1, 2]), long_bool(1, 0))
print(long_blocks(2), long_unwind([1, 200, -1]))
