# An exception re-raised from a handler keeps its original traceback lines.
def fail():
    raise TypeError("bad type")
def handler():
    try:
        fail()
    except TypeError:
        print("logging and re-raising")
        raise
handler()
