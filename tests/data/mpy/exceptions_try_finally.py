# mpy-cross:
# try/finally (SETUP_FINALLY/END_FINALLY), try/except/else/finally, return inside try and finally,
# nested handlers (n_exc_stack > 1).

log = []


def cleanup(step):
    try:
        log.append(step)
        return step * 2
    finally:
        log.append("cleanup")


def full(value):
    try:
        result = 100 // value
    except ZeroDivisionError as e:
        result = str(e)
    else:
        result += 1
    finally:
        log.append("full")
    return result


def deep(a):
    try:
        try:
            try:
                return a[0]
            finally:
                log.append(1)
        except IndexError:
            return None
        finally:
            log.append(2)
    finally:
        log.append(3)


def finally_overrides():
    try:
        return "try"
    finally:
        log.append("override")


print(cleanup(1), full(4), full(0), deep([7]), deep([]), finally_overrides(), log)
