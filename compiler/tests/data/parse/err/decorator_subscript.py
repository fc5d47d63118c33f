@a[0]
def f():
    pass
