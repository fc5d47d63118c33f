# finally clauses interacting with return, break, continue and exceptions.

def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before return")


def finally_overrides():
    try:
        return 1
    finally:
        return 2


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def nested(n):
    log = []
    try:
        try:
            if n == 0:
                raise KeyError(n)
            log.append("inner body")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except KeyError as e:
        log.append("caught KeyError %r" % (e.args[0],))
    finally:
        log.append("outer finally")
    return log


print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(nested(0))
print(nested(1))

out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)


def counter_gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


for v in counter_gen():
    print("gen value", v)

g = counter_gen()
print(next(g))
g.close()
print("closed")
