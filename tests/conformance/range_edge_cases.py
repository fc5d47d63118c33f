# range objects: negative steps, lengths, indexing, membership.
r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], list(r[::-1]) if True else 0, 4 in r, 5 in r)
print(list(range(0)), list(range(-3)), list(range(2, 2)), list(range(5, 0)), len(range(0, 10, 3)))
print(range(3), range(1, 5), range(1, 5, 2), list(reversed(range(4))))
print(r.start, r.stop, r.step)
for f in (lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range("a")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
big = range(0, 2**30, 2**10)
print(len(big), big[-1], big[3])
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(enumerate(range(2))))
