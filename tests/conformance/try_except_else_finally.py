# try/except/else/finally ordering.

def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("v")
        if action == "type":
            raise TypeError("t")
        if action == "key":
            raise KeyError("k")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (TypeError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for a in ["ok", "value", "type"]:
    print(a, run(a))

try:
    run("key")
except KeyError as e:
    print("KeyError escaped", e)

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("caught", e)


def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")


try:
    else_raises()
except RuntimeError as e:
    print("else raised", e)

e = "before"
try:
    raise ValueError
except ValueError as e:
    print("bound", type(e).__name__)
try:
    print(e)
except NameError:
    print("except variable deleted after block")

try:
    raise IndexError("bare reraise")
except IndexError:
    try:
        raise
    except IndexError as again:
        print("reraised", again)
