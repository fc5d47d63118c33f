# Deep recursion raises RuntimeError in MicroPython.

def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RuntimeError as e:
    print("RuntimeError:", e.args[0])


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))
print(len(str(fact(100))))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(50), is_odd(31))
try:
    depth(0)
except RuntimeError:
    print("second overflow caught too")
print("still running")
