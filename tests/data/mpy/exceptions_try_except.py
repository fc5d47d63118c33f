# mpy-cross:
# try/except/else with typed handlers, tuples of types, `as e`, bare except,
# re-raise (RAISE_LAST), raise obj (RAISE_OBJ) and raise ... from ... (RAISE_FROM).


class AppError(Exception):
    pass


def parse(text):
    try:
        value = int(text)
    except ValueError:
        value = -1
    except (TypeError, AttributeError) as e:
        print("bad type", e)
        value = -2
    else:
        value += 1
    return value


def wrap(fn, arg):
    try:
        return fn(arg)
    except ZeroDivisionError as err:
        raise AppError("division") from err
    except AppError:
        raise
    except:
        raise AppError("other")


def nested(x):
    try:
        try:
            if x < 0:
                raise ValueError
            return 10 // x
        except ZeroDivisionError as inner:
            raise AppError(str(inner)) from None
    except AppError as outer:
        return outer.args
    except Exception:
        return None


def swallow():
    try:
        raise KeyError("k")
    except KeyError:
        pass


print(parse("12"), parse("x"), parse(None), nested(0), nested(-1), nested(5), swallow())
try:
    wrap(lambda v: 1 / v, 0)
except AppError as e:
    print("caught", e, e.__cause__)
