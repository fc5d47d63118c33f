def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        return "other"
    except ValueError:
        return "handled"
    finally:
        print("finally", x)
print(f(0), f(1), f(2))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return "done"
print(g())
def h():
    try:
        return 1
    finally:
        print("h finally")
print(h())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            print("caught", e)
swallow()
