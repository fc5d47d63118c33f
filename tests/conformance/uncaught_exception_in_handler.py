# Ends with an exception raised inside an except block and left uncaught.

def parse_port(text):
    try:
        port = int(text)
    except ValueError:
        raise RuntimeError("port must be a number, got %r" % text)
    if not 0 < port < 65536:
        raise RuntimeError("port out of range: %d" % port)
    return port


for t in ["80", "8080", "70000", "http"]:
    try:
        print(t, "->", parse_port(t))
    except RuntimeError as e:
        print(t, "-> error:", e)


def outer():
    try:
        return parse_port("99999")
    except RuntimeError:
        print("outer converting the error")
        return {}["lookup in handler"]


print("calling outer")
outer()
print("not reached")
