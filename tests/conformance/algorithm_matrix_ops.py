# Matrix operations with nested lists.

def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def transpose(m):
    return [list(r) for r in zip(*m)]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total


A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), matmul(B, A))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(identity(3))
print(mat_pow([[1, 1], [1, 0]], 50)[0][1])
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
M = [[i * 4 + j for j in range(4)] for i in range(4)]
for row in M:
    print(" ".join("%3d" % v for v in row))
print([M[i][i] for i in range(4)], sum(M[i][3 - i] for i in range(4)))
print([[round(v / 3, 2) for v in row] for row in matmul(M, identity(4))[:2]])
