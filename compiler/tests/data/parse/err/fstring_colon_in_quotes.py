x = f"{'a:b'}"
