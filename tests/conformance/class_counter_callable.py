# Callable objects and class-level state.

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        r = self.fn(*args)
        self.cache[args] = r
        return r


@Memo
def slow_square(n):
    return n * n


print([slow_square(i % 3) for i in range(9)])
print(slow_square.hits, len(slow_square.cache))


@Memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths.hits > 0)


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, v):
        self.total += v
        return self.total


acc = Accumulator()
print(list(map(acc, [1, 2, 3, 4])), acc.total)
print(callable(acc), callable(Accumulator), callable(acc.total))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(sorted([3, 1, 2], key=Multiplier(-1)), double("ab"), double(21))
