# list.sort and sorted with key and reverse.

nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda v: -v))

words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))

pairs = [("b", 2), ("a", 4), ("c", 1), ("d", 5), ("e", 3)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))

lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda v: v % 3)
print(lst)

print(sorted("hello"))
print(sorted((3, 1, 2)))
print(sorted({"z": 1, "y": 2}))
print(sorted([[2, 1], [1, 2], [1, 1]]))

try:
    sorted([1, "a"])
except TypeError:
    print("TypeError comparing int and str")

big = list(range(50, 0, -3))
big.sort()
print(big)
print(min(words, key=lambda w: (len(w), w)), max(words, key=len))
print(list(reversed(nums)))
