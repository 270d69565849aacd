# heapq and bisect: heap layouts as CPython's, merge/nlargest/nsmallest, key= searches
import heapq, bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]; heapq.heapify(l); print(l)
print(heapq.heapreplace(l, 10), l, heapq.heappushpop(l, -1), heapq.heappushpop(l, 4), l)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, "hello world", key=ord), heapq.nlargest(2, iter([(1, 'a'), (3, 'b'), (3, 'c'), (2, 'd')]), key=lambda p: p[0]))
print(heapq.nsmallest(1, []), heapq.nlargest(10, [1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(3, iter(range(100))), heapq.nsmallest(4, iter([3,1,4,1,5,9,2,6,5,3,5])))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])), list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)), list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
for bad in ["heapq.heappop([])", "heapq.heappush((), 1)", "heapq.heapreplace([], 1)", "heapq.heapify(5)", "heapq.heappush([1], 'a')"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 100), bisect.bisect_left([], 1))
bisect.insort(a, 4); bisect.insort_left(a, 2); bisect.insort_right(a, 9); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
import random
random.seed(5)
data = [random.randrange(1000) for _ in range(200)]
hh = []
for d in data: heapq.heappush(hh, d)
print(hh[:20], [heapq.heappop(hh) for _ in range(200)] == sorted(data))
