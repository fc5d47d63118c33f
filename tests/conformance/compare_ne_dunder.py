# != calls __ne__ when a class defines it; without one, the result of __eq__ is negated.
class A:
    def __eq__(self, other):
        print("A __eq__")
        return True

    def __ne__(self, other):
        print("A __ne__")
        return "ne-result"


class B:
    def __eq__(self, other):
        print("B __eq__")
        return False


a, b = A(), B()
print(a != 1, a == 1)
print(b != 1, b == 1)
print(1 != a)
print(b != b, [b] != [b])
