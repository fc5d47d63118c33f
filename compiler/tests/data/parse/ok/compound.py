if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    pass
for a, *b in c:
    continue
else:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a as b, c:
    pass
