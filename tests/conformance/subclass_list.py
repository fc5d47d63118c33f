# Subclassing list: inherited methods, overrides, extra state.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s[0], s[1:], 2 in s, list(s), sum(s), sorted(s, reverse=True))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return self.name + ":" + list.__repr__(self)
n = Named("nums", [3, 1, 2])
n.sort()
print(n, n.name, len(n), n == [1, 2, 3], [x * 2 for x in n])
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = Logged([9])
l.append(5)
print(l, l + [1], type(l + [1]).__name__)
for x in Stack([7, 8]):
    print(x)
