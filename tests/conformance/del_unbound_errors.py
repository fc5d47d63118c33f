# Deleting what holds nothing raises: a local or closed-over variable deleted twice
# (NameError), a missing global (KeyError in MicroPython, which deletes it from the
# module's dict), attribute or dict key.
def twice_local():
    x = 1
    del x
    try:
        del x
    except NameError as e:
        print("local:", type(e).__name__, e)


def twice_cell():
    x = 1
    def inner():
        return x
    del x
    try:
        del x
    except NameError as e:
        print("cell:", type(e).__name__, e)
    try:
        inner()
    except NameError as e:
        print("read after del:", type(e).__name__)


twice_local()
twice_cell()
try:
    del no_such_global
except (NameError, KeyError) as e:
    print("global:", type(e).__name__, e)


class C:
    pass


c = C()
c.a = 1
del c.a
try:
    del c.a
except AttributeError as e:
    print("attribute:", type(e).__name__)
d = {"k": 1}
del d["k"]
try:
    del d["k"]
except KeyError as e:
    print("key:", type(e).__name__, e)
