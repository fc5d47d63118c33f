# Prime sieve and number-theory helpers.

def sieve(n):
    is_p = bytearray([1] * (n + 1))
    is_p[0] = is_p[1] = 0
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = 0
        i += 1
    return [k for k in range(n + 1) if is_p[k]]


ps = sieve(200)
print(len(ps), ps[:15], ps[-3:])


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


for n in [12, 97, 360, 1001, 2 ** 16 + 1, 600851475143]:
    print(n, factorize(n))


def phi(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result


print([phi(n) for n in range(1, 16)])
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins[:6])
print(sum(ps), max(b - a for a, b in zip(ps, ps[1:])))
