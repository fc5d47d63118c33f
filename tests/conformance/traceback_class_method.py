# Traceback through a method, a property and a lambda.
class Thing:
    @property
    def broken(self):
        return self.compute()
    def compute(self):
        f = lambda v: v / 0
        return f(1)
t = Thing()
print("start")
t.broken
