# Case conversion and character-class predicates.
for s in ("abc", "ABC", "aBc1", "123", "", " ", "\t\n", "a b", "x9", "Hello World"):
    print(repr(s), s.upper(), s.lower(), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
print("straße".upper(), "ÀB".lower())
print("abc".isalnum() if hasattr("abc", "isalnum") else "no isalnum")
