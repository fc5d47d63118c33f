# Raises SystemExit(3): the program must exit with status 3.
import sys

total = 0
for i in range(10):
    total += i
print("total", total)
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with args", e.args)


def cleanup():
    try:
        raise SystemExit(3)
    finally:
        print("finally before exit")


try:
    cleanup()
except Exception:
    print("SystemExit is not an Exception, so this is not printed")
finally:
    print("outer finally")
print("unreachable")
