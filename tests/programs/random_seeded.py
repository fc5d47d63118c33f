# Seeded pseudo-random numbers: only properties that hold for any seed are printed,
# plus the reproducibility of a sequence after reseeding.
import random

random.seed(12345)
first = [random.getrandbits(16) for _ in range(8)]
random.seed(12345)
second = [random.getrandbits(16) for _ in range(8)]
print(first == second, len(first))
print(all(0 <= v < 65536 for v in first))

random.seed(7)
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, len(set(ints)) > 3)
rr = [random.randrange(0, 100, 5) for _ in range(50)]
print(all(v % 5 == 0 and 0 <= v < 100 for v in rr))
fl = [random.random() for _ in range(50)]
print(all(0.0 <= f < 1.0 for f in fl))
un = [random.uniform(-2, 2) for _ in range(50)]
print(all(-2 <= u <= 2 for u in un))
items = ["a", "b", "c"]
picks = [random.choice(items) for _ in range(30)]
print(all(p in items for p in picks))
random.seed(99)
s1 = [random.randint(0, 1000) for _ in range(5)]
random.seed(99)
s2 = [random.randint(0, 1000) for _ in range(5)]
print(s1 == s2)
try:
    random.choice([])
except IndexError:
    print("IndexError: choice from empty")
