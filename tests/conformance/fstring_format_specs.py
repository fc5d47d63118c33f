# f-strings with conversions and format specifications.

name = "frost"
n = 42
x = 3.14159
neg = -17

print(f"{name}")
print(f"{name!r}")
print(f"[{name:>10}]")
print(f"[{name:<10}]")
print(f"[{name:^10}]")
print(f"[{name:*^11}]")
print(f"{n:d} {n:5d} {n:05d} {n:+d}")
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#o} {n:#b}")
print(f"{neg:d} {neg:6d} {neg:06d}")
print(f"{x:.2f} {x:8.3f} {x:<8.1f}|")
print(f"{x:e}")
print(f"{1234567:,}")
print(f"{0.5:%}")
print(f"{n * 2} {n // 5} {n % 5}")
print(f"{'nested'} {len(name)}")
w = 7
print(f"[{n:{w}}]")
print(f"{{literal braces}} {n}")
items = [1, 2, 3]
print(f"{items} {items[1]} {sum(items)}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{n!s:>6}")
print(f"a" f"b" f"{n}")
print(f"{True} {None} {1 == 1}")
print(f"{3:3}|{'ab':3}|")
