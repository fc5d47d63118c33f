# getattr, setattr, hasattr, delattr on objects and classes.

class Box:
    kind = "box"

    def __init__(self):
        self.width = 3


b = Box()
print(getattr(b, "width"), getattr(b, "kind"), getattr(b, "nope", "default"))
print(hasattr(b, "width"), hasattr(b, "height"), hasattr(Box, "kind"))
setattr(b, "height", 4)
print(b.height, hasattr(b, "height"))
delattr(b, "height")
print(hasattr(b, "height"))
try:
    getattr(b, "height")
except AttributeError:
    print("AttributeError after delattr")
try:
    delattr(b, "missing")
except AttributeError:
    print("AttributeError on delattr missing")
setattr(Box, "kind", "crate")
print(b.kind, Box().kind)
b.kind = "own"
print(b.kind, Box.kind)
del b.kind
print(b.kind)

for name in ["width", "kind", "area"]:
    print(name, getattr(b, name, None))

method = getattr("hello", "upper")
print(method())
print(getattr([1, 2], "index")(2))


class Config:
    pass


cfg = Config()
for k, v in [("debug", True), ("level", 3), ("name", "x")]:
    setattr(cfg, k, v)
print(cfg.debug, cfg.level, cfg.name)
print(sorted(k for k in cfg.__dict__))
print(cfg.__dict__["level"])
