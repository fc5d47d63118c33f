# Exceptions carry args through raise/catch; attributes set on instances survive re-raising.
class Failure(RuntimeError):
    pass
try:
    ValueError("x").extra = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object().extra = 1
except AttributeError as e:
    print("AttributeError", e)
def fail(code):
    e = Failure("failure", code)
    e.code_extra = code * 2
    raise e
def middle(code):
    try:
        fail(code)
    except RuntimeError as e:
        e.note = "seen in middle"
        raise
try:
    middle(21)
except RuntimeError as e:
    print(e.args, e.code_extra, e.note, str(e))
errors = []
for v in ("1", "x", "2", None):
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
def classify(e):
    try:
        raise e
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "other"
print([classify(x) for x in (KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError())])
