class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("suppressed")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("outside", e)
with CM("d") as d, CM("e") as e:
    print("two", d, e)
def ret():
    with CM("f"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("iter", i)
