# str.format with positional, keyword and format specs.

print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name}={value}".format(name="k", value=3))
print("{0:>6}|{0:<6}|{0:^6}|".format("ab"))
print("{:*>8}".format(5))
print("{:08.3f}".format(3.14159))
print("{:+}".format(5), "{:+}".format(-5), "{: }".format(5))
print("{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
print("{:#x} {:#b}".format(255, 5))
print("{:,}".format(1234567890))
print("{:.3}".format("abcdef"))
print("{:e}".format(0.000123))
print("{:g} {:g}".format(1e20, 0.5))
print("{:%}".format(0.125))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format(1))
print("{0}{0}{0}".format("ha"))
print("{:5}|{:<5}|{:>5}|".format(1, 2, 3))
print("{:=8}".format(-42))
print("{:d}".format(True))
items = ["apple", "kiwi", "banana"]
for i, it in enumerate(items):
    print("{:2d}. {:<8s}|{:>3}".format(i + 1, it, len(it)))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError: missing argument")
try:
    "{x}".format(y=1)
except KeyError:
    print("KeyError: missing name")
print("{:.2f}".format(2.675), "{:.1f}".format(0.05))
print("{0:{1}}|".format("w", 4))
