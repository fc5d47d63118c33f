def make_counter(start):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
def outer():
    x = "outer"
    def middle():
        y = "middle"
        def inner():
            return x + "/" + y
        return inner
    return middle()
print(outer()())
adders = [lambda v, n=n: v + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda: n for n in range(3)]
print([f() for f in late])
def counter_gen():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = counter_gen(); b = counter_gen()
print(a(1), a(1), b(5), a(1))
