# complex numbers.

z = complex(3, 4)
w = 1 - 2j
print(z, w, z.real, z.imag)
print(z + w, z - w, z * w, z / w)
print(abs(z), -z, z == complex(3, 4), z != w)
print(z.conjugate() if hasattr(z, "conjugate") else complex(3, -4))
print(1j * 1j, (1 + 1j) ** 2, 2 * 1j)
print(complex(2), complex(0, -1), complex("1+2j") if False else complex(1, 2))
print(type(z).__name__, isinstance(z, complex))
print(1j == complex(0, 1), 0j == 0)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j))
r = cmath.rect(2, 0)
print(r)
print(cmath.exp(0), cmath.log(1))
values = [complex(i, -i) for i in range(4)]
print(values)
print(sum(values, 0j))
try:
    z < w
except TypeError:
    print("TypeError: complex not ordered")
try:
    1 / 0j
except ZeroDivisionError:
    print("ZeroDivisionError complex")
print((3 + 4j).real + (3 + 4j).imag)
