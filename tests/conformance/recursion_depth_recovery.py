# Deep recursion raises RuntimeError; the stack unwinds and later calls work.
def down(n):
    return down(n + 1) + 1
for attempt in range(2):
    try:
        down(0)
    except RuntimeError as e:
        print("attempt", attempt, type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30) == fact(29) * 30, fact(20))
def mutual_a(n):
    return mutual_b(n) if n else "a"
def mutual_b(n):
    return mutual_a(n - 1)
print(mutual_a(12))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RuntimeError as e:
    print("repr recursion", e)
