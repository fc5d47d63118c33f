x = [*a]
y = *a, *b
