if (n := len(a)) > 10:
    pass
while x := f():
    pass
print(y := 1)
[z := 1, 2]
