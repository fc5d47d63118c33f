def run(prog):
    stack = []
    ops = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "div": lambda a, b: a // b,
    }
    for tok in prog.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        else:
            stack.append(int(tok))
    return stack
print(run("3 4 add 5 mul"), run("10 dup mul 7 sub"), run("100 7 div 2"))
try:
    run("1 add")
except IndexError as e:
    print("IndexError", e)
