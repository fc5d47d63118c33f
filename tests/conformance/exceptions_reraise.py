def a():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging")
        raise
try:
    a()
except ZeroDivisionError as e:
    print("re-raised", e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print("chained", e)
try:
    raise TypeError
except TypeError as e:
    print("class raise", type(e).__name__, e.args)
def cleanup():
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise ValueError("y")
        except ValueError as inner:
            print("inner", inner)
        raise
try:
    cleanup()
except KeyError as e:
    print("outer got", e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert no msg", e.args)
