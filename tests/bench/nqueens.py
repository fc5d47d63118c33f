# Counts the solutions of the n-queens problem by backtracking over bit masks.
def solve(n):
    full = (1 << n) - 1
    count = 0
    stack = [(0, 0, 0)]
    while stack:
        cols, d1, d2 = stack.pop()
        if cols == full:
            count += 1
            continue
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1))
    return count


def place(n):
    # A second, list-based formulation: exercises lists, ranges and comparisons.
    cols = [0] * n
    found = 0

    def ok(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def go(row):
        nonlocal found
        if row == n:
            found += 1
            return
        for col in range(n):
            if ok(row, col):
                cols[row] = col
                go(row + 1)

    go(0)
    return found


print(solve(9), place(8))
