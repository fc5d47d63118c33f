# mpy-cross:
# global declarations (STORE_GLOBAL/DELETE_GLOBAL) and `del` of every kind of target.
total = 0
cache = {"a": 1, "b": 2, "c": 3}
items = [1, 2, 3, 4, 5, 6]


class Box:
    pass


def bump(n):
    global total
    total = total + n
    return total


def reset():
    global total, scratch
    scratch = total
    del total
    del scratch


def drop_local():
    tmp = [1, 2, 3]
    n = len(tmp)
    del tmp
    return n


def drop_cell():
    shared = 10

    def peek():
        return shared

    value = peek()
    del shared
    return value


def drop_everything(obj, key):
    del obj.attr
    del cache[key]
    del items[1:3]
    del items[::2]
    del items[0], cache["c"]


box = Box()
box.attr = 5
bump(3)
drop_everything(box, "a")
reset()
print(drop_local(), drop_cell(), cache, items)
