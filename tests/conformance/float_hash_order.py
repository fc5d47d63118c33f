# Float hashes: MicroPython's usual builds hash a float as its value converted to a machine
# int (then kept as a small int), and that hash decides where sets and dicts keep it.
# (Values past the machine int, and infinities, convert differently on 32- and 64-bit
# builds, so they are left out.)
for x in (0.0, -0.0, 0.1, 0.5, 0.999, 1.0, 1.5, -2.25, 3.75, 100.9, -1e6, 123456.75):
    print(x, hash(x))
print(hash(float("nan")))
print(hash(2.0) == hash(2), hash(-7.0) == hash(-7))
s = {0.25, 1.5, 2.75, 7.125, 0.5, 3.0, 12.5, -4.75}
print(list(s))
d = {2.5: "a", 0.75: "b", 9.0: "c", 4.25: "d", -1.5: "e", 33.3: "f"}
print(list(d.keys()), list(d.values()))
print({1: "int", 1.0: "float"}, {2.0, 2, 2.5})
print(1.0 in {1}, 1 in {1.0}, 2.5 in {2})
