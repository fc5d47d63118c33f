# Abstract-style base classes and interface checks.

class Plugin:
    registry = []

    def __init__(self, name):
        self.name = name
        Plugin.registry.append(self)

    def run(self, data):
        raise NotImplementedError

    def run_safe(self, data):
        try:
            return self.run(data)
        except NotImplementedError:
            return "<%s not implemented>" % self.name


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    def run(self, data):
        return "".join(reversed(data))


class Lazy(Plugin):
    pass


Upper("up")
Reverse("rev")
Lazy("lazy")
for p in Plugin.registry:
    print(p.name, type(p).__name__, p.run_safe("frost"))


def pipeline(data, plugins):
    for p in plugins:
        data = p.run(data)
    return data


print(pipeline("abc", Plugin.registry[:2]))


class Comparable:
    def key(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.key() < other.key()


class Job(Comparable):
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def key(self):
        return (self.prio, self.name)


jobs = sorted([Job(2, "b"), Job(1, "z"), Job(2, "a")])
print([j.name for j in jobs])
print(hasattr(Lazy, "run"), Lazy.run is Plugin.run)
