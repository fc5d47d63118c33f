# iter() over different objects, next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
print(list(iter("ab")), list(iter((1,))), list(iter({"k": 1})), sorted(iter({3, 1})), list(iter(range(2))))
i2 = iter(it)
print(i2 is it)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(next(c), list(c), next(c, "empty"))
print(list(zip(Countdown(3), Countdown(5))), sum(Countdown(5)), max(Countdown(4)))
