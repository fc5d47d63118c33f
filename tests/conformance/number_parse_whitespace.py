# int() and float() skip ASCII whitespace (space, \t to \r) around the number, and no other
# Unicode spaces.
for s in [' 12\x0b', '\t-3 \n', '\x0c+7\r', '\u00a012', '12\u3000', '  ']:
    try:
        print(repr(int(s)))
    except ValueError as e:
        print('ValueError', e)
for s in [' 1.5\x0b', '\u00a01.5', '1.5\u2003', ' inf\x0c', ' -nan ']:
    try:
        print(repr(float(s)))
    except ValueError as e:
        print('ValueError', e)
