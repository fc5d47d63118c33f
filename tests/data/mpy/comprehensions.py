# mpy-cross:
# Comprehensions of all kinds (list, dict, set, generator), nested `for`s, several `if`s,
# closures over enclosing locals, walrus inside a comprehension (STORE_COMP list/dict/set).

data = [3, 1, 4, 1, 5, 9, 2, 6]
squares = [x * x for x in data]
unique = {x % 4 for x in data}
index = {name: i for i, name in enumerate("abc")}
flat = [c for row in [[1, 2], [3], []] for c in row]
filtered = [x for x in data if x > 1 if x != 5]
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
nested_sets = [{y for y in range(x)} for x in range(4)]
total = sum(x for x in data)


def scaled(values, factor):
    return [v * factor for v in values]


def keyed(values, offset):
    return {v: v + offset for v in values}, {v - offset for v in values}


def deep(matrix, limit):
    return [[cell for cell in row if cell < limit] for row in matrix]


def running(values):
    acc = 0
    out = [acc := acc + v for v in values]
    return out, acc


print(squares, unique, index, flat, filtered, grid, nested_sets, total)
print(scaled(data, 2), keyed(data, 1), deep([[1, 5], [7, 2]], 4), running(data))
