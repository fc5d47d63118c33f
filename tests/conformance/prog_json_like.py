def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        print(pad + "{")
        for k in sorted(v):
            print(pad + "  " + repr(k) + ":")
            dump(v[k], indent + 2)
        print(pad + "}")
    elif isinstance(v, (list, tuple)):
        print(pad + "[" + ", ".join(repr(x) for x in v) + "]")
    else:
        print(pad + repr(v))
dump({"name": "frost", "tags": ["vm", "mpy"], "nested": {"a": 1, "b": (2.5, None)}, "ok": True})
