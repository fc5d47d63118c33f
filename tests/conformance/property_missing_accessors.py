# A property without a getter, setter or deleter raises AttributeError for that access; a
# property stored on an instance is just a value.
class D:
    prop = property()
    ro = property(lambda self: "read")


d = D()
for f in (lambda: d.prop, lambda: setattr(d, "prop", 1), lambda: delattr(d, "prop"),
          lambda: setattr(d, "ro", 1), lambda: delattr(d, "ro")):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError", e)
print(d.ro)


class F:
    def __init__(self):
        self.member = property()


print(type(F().member).__name__)
