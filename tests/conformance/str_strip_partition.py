# strip family with and without arguments, partition and rpartition.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abc".strip("abc"), repr("".strip()))
print("www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
print("é x é".strip("é"), " 日本 ".strip())
