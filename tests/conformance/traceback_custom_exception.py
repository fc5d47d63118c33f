class ConfigError(Exception):
    pass
def load(name):
    if not name:
        raise ConfigError("empty name", 7)
load("")
