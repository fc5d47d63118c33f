X = const(1, 2)
