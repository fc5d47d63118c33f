# Wrong calls: missing, extra and duplicate arguments.
def two(a, b):
    return a + b
def kwonly(*, k):
    return k
def defaults(a, b=1):
    return a, b
cases = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, a=2),
    lambda: two(1, c=2),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: defaults(),
    lambda: defaults(1, 2, 3),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: two(*[1]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError", e)
