def outer(a, *args, b=2, **kw):
    x = 1
    def mid():
        nonlocal x
        y = a
        def inner():
            return x + y + a
        x += 1
        return inner
    g = lambda q, r=3: q + x
    return mid, g, [x * i for i in args if i], {k: v for k, v in kw.items()}
