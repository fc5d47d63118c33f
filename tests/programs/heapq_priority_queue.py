# heapq as a priority queue.
import heapq

h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], len(h))
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], [heapq.heappop(data) for _ in range(3)])

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)


def k_smallest(seq, k):
    heap = list(seq)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(min(k, len(heap)))]


print(k_smallest([15, 3, 22, 8, 1, 99], 4))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError on empty heap")


def merge_sorted(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    res = []
    while heap:
        v, i, j = heapq.heappop(heap)
        res.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return res


print(merge_sorted([1, 4, 9], [2, 3, 10], [], [0, 5]))
