# Slicing of lists, strings, tuples, bytes; slice assignment and deletion.

lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7])
print(lst[::2], lst[1::3], lst[::-1], lst[8:2:-2])
print(lst[100:], lst[-100:2], lst[5:2])
print("abcdef"[1:4], "abcdef"[-2:], (1, 2, 3, 4)[1:3])
print(b"abcdef"[2:], bytearray(b"xyz")[1:])

a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[2:4] = []
print(a)
del a[1:3]
print(a)
del a[-1:]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
print(b)
b[:0] = [-1, 0]
print(b)
try:
    b[::2] = [1, 2, 3, 4]
except NotImplementedError:
    print("NotImplementedError: extended slice assignment")



class Sliceable:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)


o = Sliceable()
print(o[3])
print(o[1:2])
print(o[::5])
print(o[:"x":None])
class Grab:
    def __getitem__(self, k):
        return k


s = Grab()[1:8:3]
print(lst[s], s.start, s.stop, s.step)
c = lst[:]
c.append(99)
print(len(lst), len(c))
