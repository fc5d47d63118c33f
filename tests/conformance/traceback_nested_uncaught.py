# An uncaught exception from three frames deep prints a traceback with each line.
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1():
    print("calling")
    return level2("missing")
level1()
print("never printed")
