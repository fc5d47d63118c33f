# mpy-cross:
# A nested f-string. CircuitPython 10.2.1 (MicroPython 1.27 lexer) predates nested f-string
# support and silently compiles this to '{}'.format('{}')(x); MicroPython 1.29 compiles the
# intended '{}'.format('{}'.format(x)).
x = 1
print(f"{f'{x}'}")
