# Assignment expressions (:=).

data = [3, 8, 1, 12, 7]
if (n := len(data)) > 3:
    print("long list of", n)

values = []
i = 0
while (i := i + 1) <= 5:
    values.append(i * i)
print(values, i)

print([y for x in data if (y := x * 2) > 10])
print(y)


def process(items):
    out = []
    for it in items:
        if (half := it // 2) and half % 2 == 0:
            out.append((it, half))
    return out


print(process(range(12)))

chunks = iter(["ab", "cd", ""])
parts = []
while (c := next(chunks)):
    parts.append(c)
print(parts)

print((total := sum(data)), total * 2)
x = [a := 1, a + 1, a + 2]
print(x, a)


def f():
    if (m := 10) > 5:
        return m
    return 0


print(f())
s = "hello world"
print({ch: cnt for ch in "lo" if (cnt := s.count(ch))}["l"])
