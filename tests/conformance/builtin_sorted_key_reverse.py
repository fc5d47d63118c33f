# sorted and list.sort with key and reverse.
words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted([3, 1, 2], reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted((3, 1)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)), sorted([]))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: p[1]))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
try:
    [].sort(1)
except TypeError as e:
    print("TypeError")
