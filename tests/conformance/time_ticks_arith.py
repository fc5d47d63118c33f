# time.ticks_* arithmetic is modular; values themselves are not printed.
import time
t0 = time.ticks_ms()
print(time.ticks_diff(time.ticks_add(t0, 100), t0), time.ticks_diff(t0, time.ticks_add(t0, 100)))
print(time.ticks_diff(t0, t0), time.ticks_add(5, -10) == time.ticks_add(0, -5))
time.sleep_ms(1)
t1 = time.ticks_ms()
print(time.ticks_diff(t1, t0) >= 0, isinstance(t1, int), isinstance(time.ticks_us(), int))
u0 = time.ticks_us()
time.sleep_ms(2)
print(time.ticks_diff(time.ticks_us(), u0) >= 1000)
print(time.ticks_diff(1, 2**29), time.ticks_diff(2**29, 1))
