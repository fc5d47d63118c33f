# Nested functions, closures over loop state, and function factories.

def make_ops():
    ops = {}
    for name, sym in [("add", "+"), ("sub", "-"), ("mul", "*")]:
        def op(a, b, sym=sym):
            if sym == "+":
                return a + b
            if sym == "-":
                return a - b
            return a * b
        ops[name] = op
    return ops


ops = make_ops()
print([(k, ops[k](7, 3)) for k in sorted(ops)])


def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run


p = pipeline(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!")
print(p(4), p(-1))


def counter_family():
    shared = [0]

    def inc():
        shared[0] += 1
        return shared[0]

    def reset():
        old = shared[0]
        shared[0] = 0
        return old

    return inc, reset


inc, reset = counter_family()
print(inc(), inc(), inc(), reset(), inc())


def deep(n):
    def level(k):
        if k == 0:
            return [n]
        return [k] + level(k - 1)
    return level(n)


print(deep(4))


def curry(f, arity):
    def take(args):
        if len(args) == arity:
            return f(*args)
        return lambda a: take(args + [a])
    return take([])


vol = curry(lambda a, b, c: a * b * c, 3)
print(vol(2)(3)(4))
