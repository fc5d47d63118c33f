x = f"{y!a}"
