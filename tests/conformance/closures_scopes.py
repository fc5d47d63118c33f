g = 1
def setg():
    global g
    g = 2
setg(); print(g)
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def mk():
    xs = []
    def add(x):
        xs.append(x)
        return len(xs)
    return add
a = mk(); a(1); print(a(2))
print([(i, j) for i in range(2) for j in range(2) if i != j])
