class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)
a = Counter("a"); b = Counter("b")
print(Counter.count, a.count, b.items, a.items is b.items)
a.count = 100
print(a.count, b.count, Counter.count)
print(hasattr(a, "name"), getattr(a, "name"), getattr(a, "nope", None))
setattr(a, "dyn", 42); print(a.dyn)
delattr(a, "dyn"); print(hasattr(a, "dyn"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(e.__dict__.items()))
