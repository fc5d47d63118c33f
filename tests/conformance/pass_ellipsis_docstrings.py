"""Module docstring: pass, Ellipsis and docstrings in various places."""


def nothing():
    pass


def only_doc():
    "Only a docstring."


def ellipsis_body():
    ...


class Empty:
    pass


class Doc:
    """Class docstring."""

    def method(self):
        """Method docstring."""
        return "method ran"


print(nothing(), only_doc(), ellipsis_body())
print(Empty().__class__.__name__, Doc().method())
print(..., Ellipsis, ... is Ellipsis, type(...) is type(Ellipsis))
print([..., 1], ... == Ellipsis)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print("never")
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
x = [1, 2]
x[0:0] = []
print(x)


class Stub:
    def todo(self):
        ...

    value = ...


print(Stub().todo(), Stub.value)
