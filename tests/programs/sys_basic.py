# Deterministic parts of the sys module.
import sys

print(sys.implementation.name)
print(sys.implementation.version[:2] >= (1, 0))
print(sys.byteorder)
print(sys.maxsize > 2 ** 30, sys.maxsize == 2 ** 31 - 1 or sys.maxsize == 2 ** 63 - 1)
print(type(sys.version), sys.version[:3])
print(sys.version_info[0], sys.version_info[:1])
print(isinstance(sys.path, list), isinstance(sys.argv, list))
print("sys" in sys.modules, "math" in sys.modules)
import math
print("math" in sys.modules)
print(hasattr(sys, "stdout"), hasattr(sys, "exit"))
sys.stdout.write("written with sys.stdout.write\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
try:
    raise ValueError("printed by print_exception")
except ValueError as e:
    sys.print_exception(e, sys.stdout)
try:
    sys.exit(0) if False else None
    raise SystemExit("not exiting")
except SystemExit as e:
    print("caught SystemExit", e.args)
print(sys.implementation._mpy & 0xFF)
print("end")
