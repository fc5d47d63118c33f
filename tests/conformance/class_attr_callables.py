# What a class attribute becomes when read through an instance: functions, lambdas,
# closures and generator functions bind self; builtin functions, types, instances and
# bound methods do not.
class A:
    def __init__(self, v):
        self.v = v

    def __call__(self, arg):
        return "A.__call__", arg

    def foo(self, arg):
        return "A.foo", self.v, arg


def closure_of(x):
    def closure(self, y):
        return x, y

    return closure


class C:
    def f1(self, arg):
        return "f1", arg

    f2 = lambda self, arg: ("f2", arg)
    f3 = closure_of("f3")

    def f4(self, arg):
        yield arg

    f5 = int
    f6 = abs
    f7 = A
    f8 = A(8)
    f9 = A(9).foo
    f10 = len


c = C()
print(c.f1(1), c.f2(2), c.f3(3), next(c.f4(4)), c.f5(5), c.f6(-6), c.f7(7).v, c.f8(8), c.f9(9))
print(C.f5("10"), C.f6(-11), C.f7(12).v, C.f8(13), C.f9(14), c.f10([1, 2]), C.f1(c, 15))
