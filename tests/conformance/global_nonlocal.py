# global and nonlocal declarations.

counter = 0
name = "module"


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print("counter", counter)


def shadow():
    name = "local"
    return name


print(shadow(), name)

def set_global():
    global created_later
    created_later = "made in function"


set_global()
print(created_later)

def outer():
    x = 0
    log = []

    def inner():
        nonlocal x
        x += 10
        log.append(x)

    inner()
    inner()
    return x, log


print(outer())


def levels():
    a = "L1"

    def l2():
        a = "L2"

        def l3():
            nonlocal a
            a = "L3 set " + a
            return a

        r = l3()
        return r, a

    return l2(), a


print(levels())


def unbound():
    print(value)
    value = 1


try:
    unbound()
except NameError as e:
    print(type(e).__name__)
print("globals has counter:", "counter" in globals())
