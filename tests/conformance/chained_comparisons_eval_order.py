# Chained comparisons and their evaluation order.

x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(0 <= x <= 4, -1 < 0 < 1)
print(1 == 1 != 2, 1 != 1 == 1)
print("a" < "b" < "c", [1] < [2] < [2, 0])
print(1 < 2 is not None)
print(2 in [1, 2] in [[1, 2]])

calls = []


def v(n):
    calls.append(n)
    return n


print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print("short-circuit:", calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2))
print(calls)

a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 is not None)


def in_range(n, lo=0, hi=10):
    return lo <= n < hi


print([n for n in range(-2, 13, 3) if in_range(n)])
print(sorted([3, 1, 2]) == [1, 2, 3] == list(range(1, 4)))
print((1, 2) < (1, 3) < (2,), (1, 2) == (1, 2) != (2, 1))
