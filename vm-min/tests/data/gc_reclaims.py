# Allocates far more than the heap in total; only collection makes this finish.
import gc
keep = []
for i in range(2000):
    tmp = [i] * 50
    s = "item %d" % i
    if i % 500 == 0:
        keep.append(s)
print(keep, len(tmp))
gc.collect()
print("done")
