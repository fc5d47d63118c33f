class P:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __eq__(self, o):
        return self.n == o.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return "P%d" % self.n
ps = [P(3), P(1), P(2)]
print(sorted(ps), min(ps), max(ps), P(1) < P(2), P(2) <= P(2), P(3) > P(1), P(1) >= P(2))
print(P(1) == P(1), P(1) != P(2), P(1) in ps, ps.index(P(2)))
s = {P(1), P(1), P(2)}
print(len(s))
d = {P(5): "five"}
print(d[P(5)])
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
