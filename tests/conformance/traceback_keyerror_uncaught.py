config = {"host": "x"}
def get(k):
    return config[k]
print(get("host"))
get("port")
