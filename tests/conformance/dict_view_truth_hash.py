# Dict views are false when empty; keys and items views are unhashable, a values view
# hashes; no arithmetic on them.
for d in ({}, {1: 2}, {1: 2, 3: 4}):
    print(bool(d.keys()), bool(d.values()), bool(d.items()), len(d.items()))
    if d.values():
        print("values view is true")
for view in ({}.keys(), {}.items()):
    try:
        hash(view)
    except TypeError:
        print("TypeError")
print(type(hash({}.values())).__name__)
try:
    {1: 1}.values() + 1
except TypeError as e:
    print("TypeError", e)
