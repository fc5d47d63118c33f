for args in [("1", 37), ("1", -1), ("1", 1), ("z", 36), ("10", 0), ("", 10), ("_1", 10), ("1_", 10)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, "ValueError", e)
