# heapq: merge/nsmallest/nlargest keep equal items in input order, call key once per item in CPython's order, and read inputs lazily
import heapq
calls = []
def key(item):
    calls.append(item)
    return item[0]
data = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f'), (0, 'g'), (1, 'h')]
for n in [0, 1, 2, 3, 5, 8, 9]:
    for fn in (heapq.nsmallest, heapq.nlargest):
        for source in (data, iter(data)):
            del calls[:]
            print(fn.__name__, n, fn(n, source, key=key), len(calls))
streams = [[(0, 'a'), (1, 'b'), (1, 'c')], [(0, 'd'), (1, 'e')], [], [(1, 'f'), (2, 'g')]]
del calls[:]
print(list(heapq.merge(*streams, key=key)), calls)
del calls[:]
print(list(heapq.merge(*[s[::-1] for s in streams], key=key, reverse=True)), calls)
def noisy(name, items):
    for item in items:
        print('  read', name, item)
        yield item
merged = heapq.merge(noisy('x', [1, 3, 5]), noisy('y', [2, 2, 6]))
print(next(merged)); print(next(merged)); print(list(merged))
print(list(heapq.merge([1, 1], [1], [1, 1], reverse=False)), list(heapq.merge('ace', 'bdf')), list(heapq.merge([], [])))
print(heapq.nsmallest(3, [3.0, 1, 2.5, 1.0, 0]), heapq.nlargest(3, [3, 3.0, 2, 3]), heapq.nlargest(1, iter([])), heapq.nsmallest(-2, [1, 2]))
