# The order of try/except/else/finally blocks in every combination.
def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what:
            raise raise_what("x")
    except ValueError:
        log.append("except ValueError")
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for r in (None, ValueError, KeyError, IndexError):
    print(run(r))
try:
    run(TypeError)
except TypeError:
    print("TypeError escaped")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "done"
print(finally_overrides(), finally_swallows())
