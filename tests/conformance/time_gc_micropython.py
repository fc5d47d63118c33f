import time, gc, micropython
t = time.ticks_ms()
print(type(t).__name__, time.ticks_diff(t, t), time.ticks_diff(time.ticks_add(t, 100), t))
print(time.ticks_diff(5, 2**30 - 5) if False else 10)
time.sleep_ms(1)
gc.collect()
print(gc.mem_free() > 0, gc.mem_alloc() > 0, gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
X = micropython.const(10)
print(X * 2)
from micropython import const
Y = const(3)
print(Y)
