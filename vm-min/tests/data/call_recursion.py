# Python calls made from Rust code (here __call__) nest on the machine stack.
class C:
    def __call__(self, n):
        return 1 + self(n + 1)


try:
    C()(0)
except RuntimeError as e:
    print("RuntimeError:", e.args[0])
print("alive")
