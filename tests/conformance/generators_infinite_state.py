# Stateful and infinite generators, consumed partially.

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(collatz(27))[:10], len(list(collatz(27))))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


p = primes()
print([next(p) for _ in range(12)])


def cycle_states(states):
    i = 0
    while True:
        cmd = yield states[i]
        if cmd == "reset":
            i = 0
        else:
            i = (i + 1) % len(states)


light = cycle_states(["red", "green", "yellow"])
print(next(light), light.send(None), light.send(None), light.send(None), light.send("reset"))
gen = (i * i for i in range(3))
print(list(gen), list(gen))


def counter():
    n = 0
    while True:
        n += 1
        yield n


c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c2), next(c1))
