# Ends with an uncaught custom exception raised from inside a method and a loop.

class ConfigError(Exception):
    pass


class Loader:
    def __init__(self, entries):
        self.entries = entries

    def get(self, key):
        for k, v in self.entries:
            if k == key:
                return v
        raise ConfigError("missing key: " + key, len(self.entries))


cfg = Loader([("host", "localhost"), ("port", 8080)])
print(cfg.get("host"), cfg.get("port"))
try:
    cfg.get("user")
except ConfigError as e:
    print("first miss handled:", e.args)
for key in ("host", "port", "timeout"):
    print("looking up", key)
    print("  ->", cfg.get(key))
print("never printed")
