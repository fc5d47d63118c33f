# Ends with sys.exit("message"): the exit status is 1 (what, if anything, is printed
# for the message is part of the expected output).
import sys


def validate(values):
    bad = [v for v in values if v < 0]
    if bad:
        sys.exit("invalid values: %r" % (bad,))
    return sum(values)


print(validate([1, 2, 3]))
try:
    validate([-1])
except SystemExit as e:
    print("caught once:", e.args[0])
try:
    sys.exit()
except SystemExit as e:
    print("no-arg exit args:", e.args)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("code 0 caught:", e.args)
print("now exiting for real")
validate([5, -2, -7])
print("not reached")
