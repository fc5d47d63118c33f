import sys
def f(items):
    total = 0
    for i in items:
        try:
            with open(i) as fh, open(i + "x"):
                total += len(fh.read())
                if total > 10:
                    break
                continue
        except (OSError, ValueError) as e:
            print(e)
        except:
            raise
        else:
            total -= 1
        finally:
            print("done")
    else:
        total = -1
    while total:
        total -= 1
        if total == 3:
            break
    else:
        pass
    for j in range(10, 0, -2):
        total += j
    for j in range(len(items)):
        total += j
    return total
