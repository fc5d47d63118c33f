print("hello", 1+2, 2**100, 7//2, -7//2, 7%3, 1/3)
def f(n):
    return 1 if n < 2 else n * f(n-1)
print(f(20), f(30))
l = [x*x for x in range(10) if x % 2]
print(l, sum(l), len(l), sorted([3,1,2], reverse=True))
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.items()))
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "A(%d)" % self.x
class B(A):
    def __init__(self, x):
        super().__init__(x + 1)
print(A(1), B(2), isinstance(B(1), A))
def g():
    yield 1
    yield 2
    return 3
print(list(g()))
try:
    raise ValueError("oops")
except ValueError as e:
    print("caught", e)
finally:
    print("fin")
for i in range(3):
    try:
        if i == 1:
            continue
        print(i)
    finally:
        print("f", i)
print("{} {:>5} {:.2f}".format("x", 42, 3.14159))
s = {1, 2, 3}
print(s, 2 in s, "ab".upper(), ",".join(["a", "b"]))
def k(a, b=2, *args, c=5, **kw):
    return (a, b, args, c, kw)
print(k(1), k(1, 3, 4, c=6, z=7))
x = 10
def outer():
    y = 5
    def inner():
        return x + y
    return inner
print(outer()())
