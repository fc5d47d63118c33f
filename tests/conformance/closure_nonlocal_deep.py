# nonlocal through several levels and cells shared between closures.
def a():
    v = []
    def b():
        def c():
            nonlocal v
            v = v + ["c"]
            return v
        c()
        return c
    f = b()
    f()
    return v
print(a())
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    return add, reset
add, reset = acc()
print(add(3), add(4))
reset()
print(add(1))
x = "global"
def shadow():
    x = "local"
    def read():
        return x
    return read()
print(shadow(), x)
def gen_closure():
    k = 1
    def g():
        for i in range(3):
            yield i * k
    k = 10
    return g()
print(list(gen_closure()))
