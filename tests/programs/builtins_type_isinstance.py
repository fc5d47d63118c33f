# type(), isinstance() and issubclass() with builtin and user types.

values = [1, 1.0, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, range(1), 1j]
for v in values:
    print(type(v).__name__, type(v) is type(v))

print(type(1) is int, type(True) is bool, type(None).__name__)
print(isinstance(1, (str, int)), isinstance("x", (int, float)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, object))


class Animal:
    pass


class Dog(Animal):
    pass


d = Dog()
print(type(d).__name__, type(d) is Dog, type(d) is Animal)
print(isinstance(d, Animal), isinstance(d, object), isinstance(Dog, type))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
print(type(Dog).__name__, type(type).__name__)
print(type("x")("abc"), type(5)("12") + 1, type([])((1, 2)))

Dyn = type("Dyn", (Animal,), {"speak": lambda self: "dyn!"})
print(Dyn.__name__, Dyn().speak(), isinstance(Dyn(), Animal))
try:
    isinstance(d, 5)
except TypeError:
    print("TypeError for bad isinstance arg")
print(int.__name__, str.__name__, object.__name__)
