# __new__ versus __init__, singletons and immutable-style construction.

class Tracer:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst

    def __init__(self, value):
        print("  __init__", value)
        self.value = value


t = Tracer(5)
print(t.value)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance


a = Singleton()
b = Singleton()
a.count += 1
print(a is b, b.count)


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("  Factory.__init__ for", kind)


print(type(Factory("self")).__name__)
print(type(Factory("other")).__name__)


class Interned:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]


print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))
