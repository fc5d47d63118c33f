from micropython import const
_A = const(1)
_B = const(_A * 2)
x = _B
