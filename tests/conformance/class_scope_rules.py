# Scoping rules inside class bodies and methods.

x = "global x"


class A:
    x = "class x"
    y = x + " (seen in class body)"

    def method(self):
        return x

    def method_cls(self):
        return self.x

    z = [x for _ in range(1)]


a = A()
print(A.y)
print(a.method())
print(a.method_cls())
print(A.z)


def factory(v):
    class Inner:
        value = v

        def get(self):
            return v * 2

    return Inner


I = factory(21)
print(I.value, I().get(), factory("ab")().get())


class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


c1, c2 = Counter(), Counter()
c1.bump()
c1.bump()
c2.bump()
print(c1.count, c2.count, Counter.count)


class Outer:
    tag = "outer"

    class Nested:
        tag = "nested"

        def show(self):
            return self.tag

    def make(self):
        return self.Nested().show()


print(Outer().make(), Outer.Nested.tag, Outer.tag)
