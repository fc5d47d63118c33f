import sys
print("bye")
sys.exit()
print("not reached")
