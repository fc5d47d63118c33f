results = []
for v in [1, 0, "x", None, 4]:
    try:
        results.append(10 // v)
    except ZeroDivisionError:
        results.append("zero")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
def gen_errors():
    for i in range(3):
        try:
            yield 1 / (i - 1)
        except ZeroDivisionError:
            yield "div0"
print(list(gen_errors()))
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
