# Messages of common built-in errors as MicroPython formats them.

def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: {}["k"])
show(lambda: int("x"))
show(lambda: None.attr)
show(lambda: len(5))
show(lambda: 1 / 0)
show(lambda: 5 % 0)
show(lambda: [].pop())
show(lambda: "abc".index("z"))
show(lambda: (lambda a: a)())
show(lambda: (lambda a: a)(1, 2))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: float("nope"))
show(lambda: [1, 2].remove(3))
show(lambda: hash([]))
show(lambda: {}.popitem())
show(lambda: "x" < 1)
show(lambda: -"s")
show(lambda: chr(0x110000))
show(lambda: ord("ab"))
show(lambda: int(None))
show(lambda: "%d" % "x")
show(lambda: sum(["a"]))
show(lambda: abs("s"))
