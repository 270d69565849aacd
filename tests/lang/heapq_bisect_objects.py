# heapq and bisect with objects: a tie-breaking counter, merge of sorted streams, nlargest with key, insort with key
import heapq
import bisect
import itertools


class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority

    def __repr__(self):
        return self.name


counter = itertools.count()
heap = []
for name, prio in [("write", 2), ("test", 1), ("ship", 3), ("review", 1), ("plan", 0)]:
    heapq.heappush(heap, (prio, next(counter), Task(name, prio)))
print([heapq.heappop(heap)[2] for _ in range(len(heap))])
tasks = [Task(n, p) for n, p in [("a", 5), ("b", 1), ("c", 3), ("d", 4)]]
print(heapq.nlargest(2, tasks, key=lambda t: t.priority), heapq.nsmallest(2, tasks, key=lambda t: t.priority))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
h = [5, 1, 4]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in (55, 60, 75, 99)])
ordered = []
for t in tasks:
    bisect.insort(ordered, t, key=lambda x: x.priority)
print(ordered, bisect.bisect_left([t.priority for t in ordered], 4), bisect.bisect_right([1, 2, 2, 3], 2))
print(bisect.bisect_left(ordered, 3, key=lambda x: x.priority))
