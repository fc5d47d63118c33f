def f():
    x = *a, *b
