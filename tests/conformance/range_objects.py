# range objects: indexing, slicing, len, containment, negative steps.

r = range(10)
print(len(r), r[0], r[9], r[-1], r[-10])
print(list(range(3, 20, 4)), list(range(20, 3, -4)), list(range(-5, 0)))
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(0, -10, -1)))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3))
rs = range(0, 100, 7)
print(list(rs[2:5]), list(rs[::3]), list(rs[-3:]))
print(list(range(10)[::-1])[:4], list(range(10)[8:2:-2]))
try:
    r[10]
except IndexError:
    print("IndexError: range index")
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError: zero step")
print(sum(range(1, 1001)), max(range(5, 50, 9)), min(range(-3, 3)))
print(range(5) == range(5), range(0) == range(2, 2))
print(range(3, 9).start, range(3, 9).stop, range(1, 9, 2).step)
print(repr(range(5)), repr(range(1, 5, 2)))
big = range(0, 10 ** 6, 3)
print(len(big), big[1000], big[-1])
print([i for i in range(2, 30, 5) if i % 2 == 0])
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(list(zip(range(3), range(10, 13))))
