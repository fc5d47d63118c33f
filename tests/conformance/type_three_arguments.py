# type(name, bases, dict) builds a class like a class statement.
class Animal:
    sound = "..."
    def speak(self):
        return self.sound
Dog = type("Dog", (Animal,), {"sound": "woof", "legs": 4})
d = Dog()
print(Dog.__name__, d.speak(), d.legs, isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
Plain = type("Plain", (), {"x": 1, "double": lambda self: self.x * 2})
p = Plain()
print(Plain.__name__, p.x, p.double(), type(p).__name__, isinstance(p, object))
Stack = type("Stack", (list,), {"push": lambda self, v: self.append(v)})
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), isinstance(s, list))
print(type(5) is int, type("s")("abc"), type([])((1, 2)))
