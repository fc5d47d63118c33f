# Recursive algorithms: hanoi, permutations, subsets, merge sort, gcd.

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(hanoi(3, "A", "B", "C", []), len(hanoi(10, "A", "B", "C", [])))


def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i in range(len(seq)):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append(seq[i:i + 1] + p)
    return out


print(permutations("abc"), len(permutations([1, 2, 3, 4])))


def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(sorted(subsets([1, 2, 3])))


def merge_sort(a):
    if len(a) < 2:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    res = []
    while l and r:
        res.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return res + l + r


print(merge_sort([38, 27, 43, 3, 9, 82, 10, 3]))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))


def power_set_sum(n):
    return 0 if n == 0 else n * 2 ** (n - 1)


print([power_set_sum(i) for i in range(6)])
