def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 100, 7))
for x in [0, 7, 8, 98, 99, -5]:
    i = bsearch(data, x)
    print(x, i, i < len(data) and data[i] == x)
