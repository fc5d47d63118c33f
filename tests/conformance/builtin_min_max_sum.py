print(min(3, 1, 2), max("abc"), min([4, 2, 8]), max((1, 5), (1, 7)), min([], default="empty"))
print(max([1, 2, 3], key=lambda x: -x), min("banana", "apple", key=len), max({3: 1, 9: 0}))
print(sum([]), sum([1.5, 2.5]), sum(range(5), 100), sum([[1], [2]], []))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
print(abs(-5), abs(3.5), abs(-0), abs(True))
