# f-strings containing calls, indexing, arithmetic, conditionals and methods.

items = ["apple", "kiwi", "banana"]
prices = {"apple": 0.5, "kiwi": 0.25, "banana": 0.2}
for i, it in enumerate(items, 1):
    print(f"{i}. {it.upper():<8} {prices[it]:>5.2f} {'cheap' if prices[it] < 0.3 else 'dear'}")
n = 12
print(f"{n} squared is {n ** 2}, half is {n / 2}")
print(f"{len(items)} items, first {items[0][0]!r}, last {items[-1][-3:]}")
print(f"{sum(prices.values()):.3f}")
print(f"{'-' * 10}")
print(f"{[x * 2 for x in range(3)]}")
print(f"{max(items, key=len)} {min(prices.values())}")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}]")
print(f"{{{n}}}")
print(f"{n:>{w}}|{n:<{w}}|")
name = "frost"
print(f"{name!r:>9}|{name!s:^9}|")
inc = lambda v: v + 1
print(f"{inc(1)} {inc(inc(1))}")
print(f"{n if n > 10 else -n}")
print(f'{"double" + "quotes"}')
multi = (
    f"a={1} "
    f"b={2}"
)
print(multi)
print(f"{3 > 2} {None} {b'x'}")
print(f"{1:+} {-1:+} {255:#06x} {0.000123:.2e}")
