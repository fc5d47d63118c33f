log = []
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter%d" % self.n)
        return self
    def __exit__(self, *a):
        log.append("exit%d" % self.n)
def f():
    with R(1):
        try:
            with R(2):
                raise ValueError("x")
        finally:
            log.append("finally")
try:
    f()
except ValueError:
    log.append("caught")
print(log)
def g():
    try:
        try:
            return "inner"
        finally:
            log.append("f1")
    finally:
        log.append("f2")
print(g(), log[-2:])
