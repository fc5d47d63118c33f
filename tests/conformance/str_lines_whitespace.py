# Whitespace for split() and strip() includes \v and \f; splitlines() ends lines at \n, \r
# and \r\n, and keeps the ends when asked.
s = "foo\x0b\x0cbar \t\n\rbaz"
print(s.split(), repr("\x0b\x0c x \x0b".strip()), b"\x0b\x0c x \x0b".strip())
print("\x07\x0b".split(), "a\x0cb".split(), "  a\x0b".rstrip(), repr("\x0ba".lstrip()))
for t in ("foo\rbar\r", "\rfoo and\r\rbar\r", "foo\r\nbar", "foo\nbar\n", "foo\n\n", "", "\n",
          "a\r\n\r\nb", "x\r"):
    print(t.splitlines(), t.splitlines(True))
print(b"x\ry\r\nz".splitlines(), b"x\ry\r\nz".splitlines(True))
