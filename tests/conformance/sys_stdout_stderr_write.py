# sys.stdout and sys.stderr writes; stderr ends up after stdout in the record.
import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline;")
sys.stdout.write(" same line\n")
sys.stderr.write("to stderr\n")
print("to", "file", file=sys.stderr)
print("back on stdout", file=sys.stdout)
print(type(sys.argv).__name__, sys.byteorder, sys.maxsize > 2**30, type(sys.implementation.name).__name__)
print(sys.implementation.name)
