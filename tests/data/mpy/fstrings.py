# mpy-cross:
# f-strings: plain substitution, conversions (!r, !s), format specs (incl. nested fields),
# self-documenting `=`, doubled braces, adjacent literals, raw f-strings.

name = "frost"
version = 6.3
count = 42
width = 8


def report(items):
    lines = []
    for i, item in enumerate(items):
        lines.append(f"{i:>3}: {item!r:<{width}}|")
    return "\n".join(lines)


print(f"{name} v{version}")
print(f"{name!r} {name!s} {count:05d} {count:#x} {version:.3f}")
print(f"{{literal}} {count=} {name.upper()} {[c for c in name][0]}")
print(f"{count * 2}" f"-{count // 2}" "-plain")
print(rf"raw\n{name}", f"{'quoted'}")
print(report(["a", "bb"]))
