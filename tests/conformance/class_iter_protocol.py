class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), 4 in r, [x for x in r if x])
class Linked:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
print(list(Linked(1, Linked(2, Linked(3)))), max(Linked(5, Linked(9))))
a, b, c = Range2(3)
print(a, b, c)
