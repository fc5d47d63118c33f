def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
for i in range(4):
    push(i * i)
print(size(), pop(), pop(), size())
class Counter:
    def __init__(self):
        self.counts = {}
    def __call__(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]
c = Counter()
for k in "abracadabra":
    c(k)
print(sorted(c.counts.items()), c("z"))
