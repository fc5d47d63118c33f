class MyErr(Exception):
    pass
def f(x):
    if x == 0:
        raise MyErr("zero")
    return 10 // x
for v in (1, 0, "a"):
    try:
        print(f(v))
    except MyErr as e:
        print("MyErr", e, e.args)
    except TypeError:
        print("TypeError")
    else:
        print("else")
    finally:
        print("finally")
try:
    [][1]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("wrapped")
except ValueError as e:
    print(repr(e))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RuntimeError as e:
    print(e)
print(isinstance(MyErr(), Exception), issubclass(KeyError, LookupError))
