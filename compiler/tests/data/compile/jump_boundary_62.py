def f(p, a):
    if p:
        a = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
        a = a + a + a + a + a + a + a + a + a + a + a
    return a
