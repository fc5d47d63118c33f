print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash(()) == hash(()), hash(0), hash(-1), hash(True))
class H:
    def __hash__(self):
        return 42
print(hash(H()), callable(H), callable(H()), callable(print), callable(lambda: 0), callable("s"))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), a is b)
print(hash("hello"), hash(""), hash(123456), hash(-98765), hash(2.5), hash(-0.5))
