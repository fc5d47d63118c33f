import sys
print("start")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.args)
sys.exit("message to stderr")
