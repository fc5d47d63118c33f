words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
nums = [3.5, -1, 2, 0, 10 ** 20, -2.5]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted("hello"), sorted([]), sorted({3: 1, 1: 2, 2: 3}))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
