class S:
    def __getitem__(self, k):
        return k
o = S()
s = o[1:5:2]
print(s, s.start, s.stop, s.step, o[::3], o[1, 2], o[5], o[:2], o[-1:])
l = list(range(10))
print(l[1:5:2], l[:3], l[::-1][:3], l[8:2:-2])
