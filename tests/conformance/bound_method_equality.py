# Bound methods are equal (and hash alike) when they bind the same function to the same
# object; they are new objects each time.
class A:
    def f(self):
        return 1

    def g(self):
        return 2


a, b = A(), A()
m = a.f
print(m == a.f, a.f == a.f, a.f is a.f, a.f == b.f, a.f == a.g, a.f == A.f, a.f == None)
print(hash(m) == hash(a.f), len({a.f, a.f, b.f}), {a.f: 1}.get(a.f))
l = [3]
print(l.append == l.append, l.append == [].append, hash(l.pop) == hash(l.pop))
