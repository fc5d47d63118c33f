# __getattr__, __setattr__, __delattr__ hooks.

class Record:
    def __init__(self):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("get " + name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        self._data[name] = value

    def __delattr__(self, name):
        self.log.append("del " + name)
        del self._data[name]


r = Record()
r.a = 1
r.b = "two"
print(r.a, r.b)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError", e)
print(r.log)
print(sorted(r._data.items()))
print(hasattr(r, "b"), hasattr(r, "zzz"))


class Defaults:
    present = "real"

    def __getattr__(self, name):
        return "default-" + name


d = Defaults()
print(d.present, d.missing, d.other)
d.present = "changed"
print(d.present)


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
