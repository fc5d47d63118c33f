# Keyword-only arguments, **kwargs and argument errors.

def kwonly(a, *, b, c=3):
    return a, b, c

print(kwonly(1, b=2))
print(kwonly(1, c=30, b=20))
try:
    kwonly(1, 2)
except TypeError:
    print("TypeError: too many positional")
try:
    kwonly(1)
except TypeError:
    print("TypeError: missing b")

def star_then_kw(*args, sep="-", end="."):
    return sep.join(str(a) for a in args) + end

print(star_then_kw(1, 2, 3))
print(star_then_kw(1, 2, sep="+", end="!"))

def collect(**kwargs):
    return sorted(kwargs.items())

print(collect())
print(collect(one=1, two=2, three=3))
opts = {"alpha": 1, "beta": 2}
print(collect(**opts, gamma=3))

def mixed(x, y=0, *args, flag=False, **rest):
    return "x=%r y=%r args=%r flag=%r rest=%r" % (x, y, args, flag, sorted(rest.items()))

print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, flag=True, other="o"))
print(mixed(y=5, x=6))
try:
    mixed(1, x=2)
except TypeError:
    print("TypeError: multiple values for x")
try:
    kwonly(1, b=2, d=4)
except TypeError:
    print("TypeError: unexpected keyword")

def pass_through(*args, **kwargs):
    return mixed(*args, **kwargs)

print(pass_through(9, 8, flag=1, q=2))
