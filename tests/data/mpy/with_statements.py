# mpy-cross:
# with-statements: SETUP_WITH / WITH_CLEANUP / END_FINALLY, with and without `as`,
# several items in one statement, nesting, return from inside a with block.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False


def use_one():
    with Resource("one") as r:
        print(r.name)


def use_many():
    with Resource("a") as a, Resource("b"), Resource("c") as c:
        print(a.name, c.name)


def use_nested():
    with Resource("outer"):
        with Resource("inner") as inner:
            return inner.name


def use_in_try():
    try:
        with Resource("t"):
            raise ValueError("boom")
    except ValueError as e:
        return str(e)


use_one()
use_many()
with Resource("module") as m:
    print(use_nested(), use_in_try(), m.name)
