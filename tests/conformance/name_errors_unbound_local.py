# NameError and UnboundLocalError situations.

def use_before_assign():
    try:
        print(v)
    except NameError as e:
        print("caught", type(e).__name__)
    v = 1
    return v


print(use_before_assign())
try:
    undefined_thing + 1
except NameError:
    print("NameError for undefined global")
total = 10


def shadow_global():
    try:
        total += 1
    except NameError as e:
        print("augmented assignment to global without declaration:", type(e).__name__)
    return "done"


print(shadow_global(), total)


def conditional(flag):
    if flag:
        x = "set"
    try:
        return x
    except NameError:
        return "x was never bound"


print(conditional(True), conditional(False))


def closure_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("closure read before assignment:", type(e).__name__)
    y = 2
    return inner()


print(closure_unbound())
try:
    del never_defined
except (NameError, KeyError) as e:
    print("del of undefined:", type(e).__name__)
print(issubclass(NameError, Exception))
