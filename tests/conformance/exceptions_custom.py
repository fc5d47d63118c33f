class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class Wrapped(Exception):
    def __str__(self):
        return "Wrapped<%s>" % self.args[0]
try:
    raise DbError(42, "db down")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
try:
    raise Wrapped("inner")
except Exception as e:
    print(e, repr(e) if False else str(e))
e = ValueError("a", 1)
print(e, e.args, repr(e), str(ValueError()), repr(ValueError()), repr(KeyError("k")))
