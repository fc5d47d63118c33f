# The alternate form (#) of negative numbers puts the base prefix after the sign, and zero
# padding goes after the sign and the prefix.
print('%#x' % -255, '%#X' % -255, '%#o' % -8, '%#x' % 255, '%#o' % 8)
print('{:#x}'.format(-255), '{:#o}'.format(-8), '{:#b}'.format(-5), '{:#b}'.format(5))
print('%#8x|' % -255, '%#08x|' % -255, '%-#8o|' % -8)
print('{:#010x}'.format(-255), '{:>#10o}'.format(-8))
print('%#.5x' % -255, '%#.5o' % 8)
print('% 05d|' % 3, '%+05d|' % 3, '%#08x|' % 255, '%#08o|' % -8, '%08.2x|' % 11)
print('%#08X|' % -255, '%#05x|' % 0, '%05s|' % 'ab', '%-05d|' % -3)
