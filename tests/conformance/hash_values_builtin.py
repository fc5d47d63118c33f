# hash() of ints, bools, floats, tuples and None is stable; equal values hash equally.
print(hash(0), hash(1), hash(-1), hash(12345), hash(-98765), hash(True), hash(False))
print(hash(2 ** 40) == hash(2 ** 40), hash(1.0) == hash(1), hash(2.5) == hash(2.5), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), type(hash("x")).__name__, type(hash(2 ** 100)).__name__)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
