# Ends with an uncaught exception; the traceback is part of the expected output.

def level3(x):
    return {"a": 1}[x]


def level2(x):
    return level3(x) + 1


def level1(x):
    try:
        return level2(x)
    finally:
        print("cleanup in level1 for", x)


print(level1("a"))
try:
    level1("b")
except KeyError as e:
    print("handled once:", e)
print("now failing for real")
level1("zz")
print("not reached")
