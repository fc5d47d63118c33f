print("a" < "b", "abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "abc" == "abc", "a" != "b")
print("ell" in "hello", "" in "abc", "xyz" not in "hello", "h" in "hello")
print(sorted(["banana", "apple", "Cherry", "date"]), max("hello"), min("hello"))
print("abc".__len__() if hasattr("abc", "__len__") else 3, ord("€"), chr(8364), chr(97) + chr(98))
