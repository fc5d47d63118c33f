# Exceptions raised inside except and finally blocks.
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        raise KeyError("from handler")
try:
    inner()
except KeyError as e:
    print("outer got KeyError", e)
def fin():
    try:
        raise ValueError("lost")
    finally:
        raise IndexError("from finally")
try:
    fin()
except IndexError as e:
    print("finally wins:", e)
except ValueError:
    print("unexpected")
def deep(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except RuntimeError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
