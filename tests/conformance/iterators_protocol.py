# Iterator protocol: __iter__/__next__, iter(), next() with default.

class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)))
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "done"))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1


r = Range2(4)
print(list(r), list(r), sum(r))
print(3 in Countdown(5), 4 in Range2(3))


class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "item%d" % i


print(list(OldStyle()))
for x in OldStyle():
    print(x)

it = iter([10, 20, 30])
print(next(it))
print(list(it))
print(next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# zip/map/enumerate are lazy iterators
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
m = map(str, range(3))
print(list(m), list(m))
e = enumerate("xyz", 1)
print(list(e))
print(list(iter(Countdown(3))))
a, b, c = Countdown(3)
print(a, b, c)
print(sorted(Countdown(4)), max(Range2(5)), min(Countdown(3)))
