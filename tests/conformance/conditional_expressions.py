# Conditional (ternary) expressions, nesting and evaluation order.

def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


print([sign(n) for n in (-5, 0, 7)])
calls = []


def f(tag, v):
    calls.append(tag)
    return v


r = f("a", 1) if f("cond", True) else f("b", 2)
print(r, calls)
calls.clear()
r = f("a", 1) if f("cond", 0) else f("b", 2)
print(r, calls)
x = 15
print("fizzbuzz" if x % 15 == 0 else "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else x)
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 72, 10)])
val = None
print(val if val is not None else "default", [] if val else [0])
print(1 if True else 1 / 0, (1 / 0) if False else "no division")
print(max(3, 5) if 3 > 5 else min(3, 5))
n = 4
print("%d item%s" % (n, "" if n == 1 else "s"))
