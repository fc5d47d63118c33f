a = t"hello {name}"
b = t"{x!r:>10} and {y}"
c = t"plain"
d = t"{x=}"
