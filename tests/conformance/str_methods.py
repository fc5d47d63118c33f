s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower())
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".rsplit("-", 1), "x".join("abc"))
print("hello".replace("l", "L"), "hello".find("l"), "hello".rfind("l"), "hello".count("l"))
print("abc".startswith("ab"), "abc".endswith("bc"), "abc"[1], "abcdef"[1:4], "abcdef"[-2:], len("héllo"))
print("%d %s %r %5.2f %-4d| %x" % (42, "s", "r", 3.14159, 7, 255))
print("{0}-{1}-{0}".format("a", "b"), "{:^7}".format("mid"), "{:08.3f}".format(-3.5), "{:,}".format(1234567))
print(repr("it's"), repr('say "hi"'), "ab" * 3, "b" in "abc", "abc" < "abd", str(12), "x".center(5))
