# set.difference, difference_update and update take any number of iterables (union and
# intersection take one); enumerate's keyword arguments; round() of ints and bools.
s = {1, 2, 3, 4}
for out in (s.difference(), s.difference({1}), s.difference({1}, [1, 2]),
            s.difference({1}, {1, 2}, {2, 3}), s.union([5]), s.intersection([2, 3, 9])):
    print(sorted(out))
for bad in (lambda: s.union(), lambda: s.union([5], (6,)), lambda: s.intersection({1}, [2])):
    try:
        bad()
    except TypeError:
        print("TypeError")
t = set(s)
print(t.difference_update(), sorted(t), t.difference_update({1}, [2]), sorted(t))
t.update([7], {8}, (9,))
print(sorted(t))
t.update()
t.intersection_update([4, 7, 8])
print(sorted(t))
f = frozenset(s)
print(type(f.difference({1})).__name__, sorted(f.difference({1}, [2])), sorted(f.union([9])))
print(list(enumerate([1, 2, 3], start=1)), list(enumerate(iterable=[1, 2])),
      list(enumerate(iterable="ab", start=5)))
print(round(False), round(True), type(round(True)).__name__, round(7), round(-3, 1))
