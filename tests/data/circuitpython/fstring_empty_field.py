# mpy-cross:
# An empty f-string replacement field. CircuitPython 10.2.1 accepts it (compiling
# '{}'.format(()), an empty tuple); MicroPython 1.29 rejects it: "SyntaxError: malformed f-string".
x = 1
print(f"{}")
