# Exceptions raised while handling exceptions, and handler ordering.

def handler_raises():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from handler")


try:
    handler_raises()
except TypeError as e:
    print("outer got", type(e).__name__, e)


def finally_raises():
    try:
        raise ValueError("lost in finally")
    finally:
        raise KeyError("finally wins")


try:
    finally_raises()
except KeyError as e:
    print("finally exception", e)
except ValueError:
    print("not this")


def nested_handlers(kind):
    try:
        try:
            raise kind("inner")
        except ValueError:
            return "inner handler"
        finally:
            print("  inner finally for", kind.__name__)
    except Exception as e:
        return "outer handler " + type(e).__name__


print(nested_handlers(ValueError))
print(nested_handlers(KeyError))


def reraise_modified():
    try:
        [][1]
    except IndexError as e:
        print("  handling", type(e).__name__)
        raise


try:
    reraise_modified()
except IndexError as e:
    print("reraised", type(e).__name__)

log = []
for exc in (ValueError, TypeError, None):
    try:
        try:
            if exc:
                raise exc()
        except ValueError:
            log.append("v")
            raise RuntimeError
        else:
            log.append("else")
    except RuntimeError:
        log.append("rt")
    except TypeError:
        log.append("t")
print(log)
