def resource():
    print("open")
    try:
        for i in range(5):
            yield i
    finally:
        print("close")
for x in resource():
    if x == 2:
        break
print("after break")
g = resource()
print(next(g), next(g))
del g
print("deleted")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = catcher(); next(g); g.close(); print("closed ok")
