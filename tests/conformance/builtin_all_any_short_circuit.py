# all/any stop at the first deciding element.
seen = []
def v(x):
    seen.append(x)
    return x
print(all(v(x) for x in [1, 2, 0, 3]), seen)
seen.clear()
print(any(v(x) for x in [0, 0, 5, 6]), seen)
print(all([]), any([]), all([[]]), any([[]]), all("abc"), any(""), all(range(1, 4)), any(range(1)))
print(all({1: 0}), any({0: 1}), any(x > 3 for x in (1, 2)), all(isinstance(x, int) for x in (1, True)))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
