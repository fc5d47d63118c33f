import sys
class A:
    greeting = "hello"
    def f(self, x):
        return "A.f(%s)" % x
class B(A):
    def f(self, x):
        sup = super()
        return "B->" + sup.f(x) + " " + super().greeting
    def g(self):
        m = super().f
        return m(7)
print(B().f(1), B().g())
print("error line", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print("stdout again")
