# Closures capture variables, not values.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    out = []
    for j in range(3):
        def h():
            return j
        out.append(h)
    return out
print([h() for h in make()])
def counter():
    c = 0
    def inc(step=1):
        nonlocal c
        c += step
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
inc()
inc(5)
print(get())
inc2, get2 = counter()
print(inc2(), get(), get2())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
