# Closures: counters, captured loop variables, cells shared between closures.

def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
for _ in range(3):
    print("inc ->", inc())
print("get ->", get())

inc2, get2 = make_counter(100, -7)
print(inc2(), inc2(), get2())
print("first counter untouched:", get())

# Late binding: all lambdas see the final value of i
fs = [lambda: i for i in range(4)]
print([f() for f in fs])

# Default argument captures the current value
gs = [lambda i=i: i * i for i in range(4)]
print([g() for g in gs])


def outer():
    x = 1

    def middle():
        def inner():
            return x + 10
        return inner

    x = 5
    return middle()


print("inner sees rebound x:", outer()())


def accumulator():
    items = []

    def add(v):
        items.append(v)
        return len(items)

    return add, items


add, items = accumulator()
add("a")
add("b")
print(add("c"), items)


def adder(n):
    return lambda m: n + m


adders = [adder(k) for k in (1, 10, 100)]
print([a(5) for a in adders])
