def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, squared(evens(numbers(100))))))
print(sum(squared(numbers(10))), max(evens(numbers(7))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
g = running_avg(); next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
