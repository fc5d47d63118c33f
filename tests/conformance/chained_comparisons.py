x = 5
print(1 < x < 10, 1 < x > 10, 1 <= 1 < 2 == 2, 3 > 2 > 1 > 0, 0 < x != 5, "a" < "b" < "c")
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3), calls)
print(x if x > 3 else -x, "yes" if [] else "no", (lambda: 1 if 0 else 2)())
print(1 is 1 if False else True, None is not None, [] is [], not 0, not not 1)
