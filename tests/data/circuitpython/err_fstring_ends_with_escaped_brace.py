# mpy-cross:
# An f-string whose text ends with the escaped brace `{{`. CircuitPython 10.2.1 (MicroPython
# 1.27 lexer) reports "invalid syntax"; MicroPython 1.29 (lexer fix 58436b2882) compiles it.
x = 1
print(f"{x}{{")
