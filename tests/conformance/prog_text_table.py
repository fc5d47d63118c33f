rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.02)]
print("%-10s %5s %8s" % ("name", "qty", "price"))
for name, qty, price in rows:
    print("%-10s %5d %8.3f" % (name, qty, price))
print("-" * 25)
print("%-10s %5d %8.3f" % ("total", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
for r in rows:
    print("{0:<10}|{1:>4}|{2:>7.2%}".format(*r))
