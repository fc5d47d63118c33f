# itertools available in MicroPython: count, cycle, islice, chain, repeat, accumulate, starmap, tee.
import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10, 3), 4)))
print(list(itertools.islice(itertools.cycle("abc"), 7)))
print(list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], (3,), "ab")))
print(list(itertools.islice(range(20), 2, 12, 3)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
evens = (n for n in itertools.count() if n % 2 == 0)
print(list(itertools.islice(evens, 5)))
print(list(zip(itertools.count(1), "xyz")))
print(sum(itertools.islice(itertools.count(1), 100)))
total = 0
for v in itertools.chain.from_iterable([[1], [2, 3]]) if hasattr(itertools.chain, "from_iterable") else [1, 2, 3]:
    total += v
print(total)
print(list(itertools.islice("abcdefg", 3)))
print(list(itertools.accumulate("abc")))
