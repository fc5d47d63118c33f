# Generator expressions are lazy and have their own scope.
data = [1, 2, 3]
g = (x * 10 for x in data)
data.append(4)
print(list(g), list(g))
x = "outer"
print([x for x in range(3)], x)
print(sum(i for i in range(5)), max(c for c in "hello"), any(n > 2 for n in data))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), next(evens), list(evens))
def gen_in_func(k):
    return list(i + k for i in range(3))
print(gen_in_func(100))
print(sorted({c for c in "mississippi"}), {k: len(k) for k in ("a", "bb")})
