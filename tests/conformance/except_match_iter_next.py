# `except X` needs exception classes (a TypeError otherwise, raised where the match is
# tried); builtin iterators and generators have a __next__ method.
for clause in (1, (NameError, 1), (ValueError, 1), (ValueError, KeyError)):
    try:
        try:
            undefined_name
        except clause:
            print("caught by", clause)
    except TypeError as e:
        print("TypeError", e)
    except NameError:
        print("NameError passed through")
it = iter(range(4))
print(it.__next__(), next(it), iter([5]).__next__(), iter("z").__next__(), iter({7: 0}).__next__())
g = (x * 2 for x in (1, 2))
print(g.__next__(), g.__next__())
try:
    g.__next__()
except StopIteration:
    print("StopIteration")
