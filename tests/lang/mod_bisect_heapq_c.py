# bisect and heapq (C): argument handling, hi=-1, insort into other sequences, heap layouts
import bisect, heapq
from collections import deque
a = [1, 3, 5, 7]
print(bisect.bisect(a, 4, 0, -1), bisect.bisect_left(a, 4, hi=None), bisect.bisect_right(a, 7, lo=1, hi=3), bisect.bisect_left(a, 0, 2))
d = deque([1, 5, 9]); bisect.insort(d, 6); bisect.insort_left(d, 1); print(d)
t = (1, 2, 4); print(bisect.bisect(t, 3), bisect.bisect("acdf", "b"))
for bad in ["bisect.bisect(a, 1, -1)", "bisect.bisect(5, 1)", "bisect.bisect(a)", "bisect.bisect(a, 'x')", "bisect.insort((1, 2), 3)", "bisect.bisect(a, 1, key=lambda v: 'x')", "bisect.bisect(a, 2, 'lo')"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
for bad in ["heapq.heappush([])", "heapq.heappop()", "heapq.heapify([1], 2)", "heapq.heappushpop([], 5)", "heapq.heappushpop([1], 0)", "heapq.heappushpop([1], 5)", "heapq.heapreplace([3], 1)"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
import random
random.seed(11)
for trial in range(3):
    data = [random.randrange(50) for _ in range(37)]
    h = list(data); heapq.heapify(h); print(h)
    h2 = []
    for x in data: heapq.heappush(h2, x)
    print(h2, [heapq.heappushpop(h2, x) for x in (3, 60, 25)], heapq.nsmallest(5, data), heapq.nlargest(5, data, key=lambda v: -v))
