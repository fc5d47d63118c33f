# mpy-cross:
# Loops: for/while with else, break/continue (plain, and crossing try/with blocks, which emits
# UNWIND_JUMP), optimised `for x in range(...)` in all its forms.


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return None


def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def countdown(n):
    out = []
    while n > 0:
        n -= 1
        if n % 2:
            continue
        out.append(n)
    else:
        out.append("done")
    return out


def ranges(n):
    acc = 0
    for i in range(n):
        acc += i
    for i in range(2, n):
        acc += i
    for i in range(n, 0, -1):
        acc -= i
    for i in range(0, n, 3):
        if i > 6:
            break
    else:
        acc += 1000
    for i in range(n, -n, -2):
        continue
    for i in range(n + 1):
        acc += i
    return acc


def unwinding(items):
    found = []
    for x in items:
        try:
            if x is None:
                continue
            if x < 0:
                break
            found.append(x)
        finally:
            found.append("f")
    while True:
        with Guard():
            if len(found) > 3:
                break
            found.append("w")
            continue
    return found


def deep_unwind(rows):
    for row in rows:
        with Guard():
            try:
                for cell in row:
                    try:
                        if cell == 0:
                            break
                        if cell == 1:
                            continue
                    except KeyError:
                        pass
                if row == []:
                    break
            finally:
                pass
    while rows:
        try:
            try:
                break
            finally:
                pass
        except Exception:
            pass
    return rows


print(search([3, 4, 5], 4), search([], 1), countdown(6), ranges(9), unwinding([1, None, 2, -1, 3]))
print(deep_unwind([[1, 0], [], [2]]))
