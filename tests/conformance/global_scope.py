counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def make_global():
    global new_name
    new_name = "created"
make_global()
print(new_name)
def local_error():
    try:
        print(counter)
        counter = 5
    except NameError as e:
        print(type(e).__name__, e)
local_error()
del new_name
try:
    print(new_name)
except NameError as e:
    print("NameError", e)
