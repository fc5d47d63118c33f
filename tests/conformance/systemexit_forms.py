# SystemExit raised explicitly with a status, caught and inspected, then re-raised.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", type(e).__name__, e.args, e.code if hasattr(e, "code") else e.args[0])
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.args)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print("finally runs before exit")
cleanup()
