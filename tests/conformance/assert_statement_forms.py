# assert with and without messages; AssertionError args.
def check(v, msg=None):
    try:
        if msg is None:
            assert v
        else:
            assert v, msg
        print("ok", v)
    except AssertionError as e:
        print("AssertionError", e.args, repr(str(e)))
check(1)
check(0)
check([], "empty list")
check("", ("tuple", 1))
check(None, 42)
x = 5
try:
    assert x > 10, "x is %d" % x
except AssertionError as e:
    print(e)
