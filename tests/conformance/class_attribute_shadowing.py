# Class attributes versus instance attributes, and mutation through either.
class C:
    shared = []
    count = 0
    def add(self, x):
        self.shared.append(x)
        self.count += 1
a, b = C(), C()
a.add(1)
b.add(2)
print(C.shared, a.count, b.count, C.count, "count" in a.__dict__)
C.count = 10
c = C()
print(c.count, a.count)
del a.count
print(a.count)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
C.new_method = lambda self: "added later"
print(a.new_method(), hasattr(b, "new_method"))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
