# mpy-cross:
# An empty f-string replacement field. CircuitPython 10.2.1 accepts it (compiling
# '{}'.format()); MicroPython 1.29 rejects it with "SyntaxError: malformed f-string".
x = 1
print(f"{}")
