# Tuples: comparison, hashing, count, index, concatenation.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)])
t = (3, 1, 3, 2, 3)
print(t.count(3), t.index(2), t.index(3, 1), t + (9,), t * 2, len(t), t[::1], t[1:-1])
try:
    t.index(7)
except ValueError as e:
    print("ValueError", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
a, *b = t
print(a, b, tuple([1, 2]), tuple("ab"), tuple(range(3)), (1,), ((),))
print(max(t), min(t), sum(t), sorted(t), 3 in t, 5 not in t)
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
