# Float arithmetic: iteration counts over a grid of the Mandelbrot set.
def mandel(w, h, limit):
    total = 0
    rows = []
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        line = []
        for x in range(w):
            cr = 2.5 * x / w - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            total += i
            line.append("#" if i == limit else " ")
        rows.append("".join(line))
    return total, rows


total, rows = mandel(80, 40, 100)
print(total)
for r in rows[::8]:
    print(r)
