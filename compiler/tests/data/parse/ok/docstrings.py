"""Module docstring."""

def f():
    "doc"
    return 1

class C:
    """doc"""
    1
    ...
    None
    b"bytes"
    1.5
    x
