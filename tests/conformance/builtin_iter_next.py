it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(sorted(d))
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), [x for x in Count(2)], sum(Count(4)))
r = iter(range(2))
print(next(r), next(r))
try:
    next(r)
except StopIteration:
    print("StopIteration")
