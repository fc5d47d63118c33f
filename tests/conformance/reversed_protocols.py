# reversed() of sequences, of objects with __len__ and __getitem__, and of objects with
# __reversed__ (whatever it returns).
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")),
      list(reversed(b"xy")), list(reversed(range(2, 11, 3))), list(reversed(bytearray(b"12"))))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return i * 10


class Rev:
    def __reversed__(self):
        return [3, 2, 1]


print(list(reversed(Seq())), reversed(Rev()))
for x in reversed(Seq()):
    print(x, end=" ")
print()
