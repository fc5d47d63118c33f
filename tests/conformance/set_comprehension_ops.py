# Set comprehensions and set algebra on computed sets.
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:5], len(evens | threes), sorted(evens ^ threes)[:4])
words = "the cat and the hat and the bat".split()
print(sorted({w for w in words}), len({w[0] for w in words}), sorted({len(w) for w in words}))
seen = set()
dupes = [w for w in words if w in seen or seen.add(w)]
print(dupes)
print({frozenset({1, 2}), frozenset({2, 1})} == {frozenset([1, 2])}, set("abc") <= set("abcd"))
