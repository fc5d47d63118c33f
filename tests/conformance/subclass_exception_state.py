# Exception subclasses with extra state and custom __str__.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return "not found: %s (%d)" % (self.args[0], self.code)
try:
    raise AppError(500, "boom")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
try:
    raise NotFound(404, "page")
except AppError as e:
    print(type(e).__name__, e.code, str(e), isinstance(e, Exception), e.args)
class WithDefault(ValueError):
    def __init__(self, value=None):
        self.value = value
        super().__init__("bad value", value)
try:
    raise WithDefault(7)
except ValueError as e:
    print(e.value, e.args, e)
class Bare(Exception):
    pass
e = Bare()
e.note = "attached"
print(e.note, e.args, repr(e))
