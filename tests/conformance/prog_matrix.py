def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), transpose(A))
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(I, B) == B, [row[::-1] for row in A])
def det2(m):
    return m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det2([[3, 8], [4, 6]]), det2([[1.5, 2], [3, 4]]))
