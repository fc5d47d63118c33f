# startswith/endswith with start and end (None allowed), tuples of affixes, and a
# TypeError for anything else.
for args in (("bar", 3), ("bar", 4), ("foo", 0, 3), ("foo", 0, 4), ("foo", 1, 3),
             ("oo", 1, 3), ("o", 2, 3), ("o", 3, 3), ("o", 4, 3), ("bar", None, None),
             ("bar", None, 3), ("bar", 3, None), ("bar", 2, None), ("foo", None, 3),
             (("bar", "foo"),), (("foo", "bar1"),), (("foo",),), ("",), ("", 7), ("", 6)):
    print(args, "foobar".endswith(*args), "foobar".startswith(*args))
print(b"foobar".endswith(b"bar", 3), b"foobar".startswith((b"x", b"fo")))
for bad in (1, ["foo"]):
    try:
        "foobar".endswith(bad)
    except TypeError:
        print("TypeError")
