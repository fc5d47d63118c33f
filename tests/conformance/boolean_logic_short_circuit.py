# and/or/not: values returned and short-circuit evaluation.

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "dflt")
print("" or [] or {} or 0, "x" and [] and 3)
print(not 0, not "", not [1], not None)
print(True + True, True * 10, False - 1)
print(bool(0), bool(0.0), bool(""), bool(()), bool([0]), bool(" "))

trace = []


def t(name, value):
    trace.append(name)
    return value


r = t("a", 0) and t("b", 1)
print(r, trace)
trace.clear()
r = t("a", 1) and t("b", 2)
print(r, trace)
trace.clear()
r = t("a", 1) or t("b", 2)
print(r, trace)
trace.clear()
r = t("a", 0) or t("b", 0) or t("c", "last")
print(r, trace)
trace.clear()
r = not t("a", 1) or t("b", 1) and t("c", 0)
print(r, trace)

x = None
print(x is None or x > 1)
print(x is not None and x > 1)

class Falsy:
    def __bool__(self):
        trace.append("bool called")
        return False

class Sized:
    def __len__(self):
        return 0

trace.clear()
print(Falsy() or "fallback", trace)
print(bool(Sized()), Sized() or "empty")
print(1 if [] else 2, 1 if [0] else 2)
print(all([]), any([]), all([1, 0]), any([0, 0, 3]))
print(True == 1, False == 0, True is True, isinstance(True, int))
print(int(True), str(False), True & False, True | False, True ^ True)
