# mpy-cross:
# Ordinary control flow: loops with else, try/except/else/finally, with, comprehensions,
# star unpacking, slices, global, del, assert, lambda, f-strings (incl. `=` and format specs).

total = 0


def process(items, limit=10):
    global total
    found = None
    for i, item in enumerate(items):
        if i > limit:
            break
        if item is None:
            continue
        total += item
    else:
        found = -1
    while total > 100:
        total //= 2
    try:
        value = items[0] / items[1]
    except ZeroDivisionError as exc:
        value = exc
    except (IndexError, TypeError):
        value = None
    else:
        value += 1
    finally:
        del found
    with open("log") as f, open("other") as g:
        f.write(g.read())
    first, *rest = items
    assert first is not None, "first"
    evens = [x for x in rest if x % 2 == 0]
    squares = {x: x * x for x in evens}
    unique = {x for x in rest}
    gen = (x + 1 for x in rest)
    key = lambda x, y=2: x * y
    return f"{value!r:>10} {total=} {len(evens):03d}", squares, unique, list(gen), items[1:-1:2], key
