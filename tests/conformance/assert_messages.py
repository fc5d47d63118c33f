# assert statements with and without messages.

def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
    print("args:", e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("list message:", e.args[0])

assert True
assert 1, "never"
print("passing asserts are silent")

calls = []


def msg():
    calls.append("msg")
    return "lazy"


assert 1, msg()
print("message not evaluated:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)

count = 0
for v in [3, 2, 1, 0, -1]:
    try:
        assert v, "zero!"
        count += 1
    except AssertionError as e:
        print("stopped at", v, e)
        break
print("count", count)
