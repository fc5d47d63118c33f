def f():
    break
x = 1
return 5
