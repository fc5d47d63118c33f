# Generator pipelines processing a stream of records.

def read_lines():
    text = """alice,30,london
bob,25,paris
# comment
carol,35,london
dave,x,berlin

erin,28,paris"""
    for line in text.split("\n"):
        yield line


def non_empty(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        name, age, city = line.split(",")
        try:
            yield name, int(age), city
        except ValueError:
            print("  skipping bad age in", repr(line))


def older_than(rows, n):
    return (r for r in rows if r[1] > n)


rows = list(parse(non_empty(read_lines())))
print(rows)
print([r[0] for r in older_than(rows, 26)])
by_city = {}
for name, age, city in rows:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items()))


def running_avg(values):
    total = 0
    for n, v in enumerate(values, 1):
        total += v
        yield total / n


print(list(running_avg(r[1] for r in rows)))


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(take(5, (x * x for x in naturals() if x % 2))))
