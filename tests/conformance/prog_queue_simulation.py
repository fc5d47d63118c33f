from collections import deque
q = deque((), 10)
log = []
t = 0
arrivals = [0, 1, 1, 3, 4, 4, 4, 8]
served = 0
while arrivals or q:
    while arrivals and arrivals[0] <= t:
        q.append(arrivals.pop(0))
    if q:
        a = q.popleft()
        log.append((t, a, t - a))
        served += 1
    t += 1
print(served, log)
print(sum(w for _, _, w in log) / len(log))
