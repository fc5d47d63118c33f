# Subclassing list, dict and Exception.

class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), isinstance(s, list))
print(sum(s), sorted(s, reverse=True))


class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default

    def get_or_default(self, k):
        if k in self:
            return self[k]
        return self.default


d = DefaultDict(0)
d["a"] = 5
print(d.get_or_default("a"), d.get_or_default("b"), len(d), sorted(d.items()))


class Money(int):
    def __str__(self):
        return "$%d" % int(self)


m = Money(5)
print(str(m), m + 3, m * 2, isinstance(m, int))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, n.shout(), len(n), n + "by")


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__("%s: %s" % (field, problem))
        self.field = field


try:
    raise ValidationError("age", "negative")
except Exception as e:
    print(type(e).__name__, e, e.field)
