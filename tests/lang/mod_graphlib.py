# graphlib: TopologicalSorter's order of results (it follows the order in
# which nodes were first seen), cycles and the errors of misuse
from graphlib import TopologicalSorter, CycleError
import graphlib

print(graphlib.__all__, CycleError.__mro__[1].__name__)


def order(graph):
    ts = TopologicalSorter(graph)
    try:
        print(list(ts.static_order()))
    except CycleError as e:
        print(type(e).__name__, e.args[0], e.args[1], len(e.args))


order({})
order({1: []})
order({'d': ['a', 'b'], 'c': ['a'], 'e': ['c', 'd']})
order({2: {3}, 3: {4}, 1: {2}, 0: {1, 2, 3}})
order({'shirt': ['undershirt'], 'tie': ['shirt'], 'jacket': ['tie', 'belt'],
       'belt': ['pants'], 'pants': ['undershorts'], 'shoes': ['pants', 'socks'],
       'watch': []})
order({5: [11], 7: [11, 8], 3: [8, 10], 11: [2, 9, 10], 8: [9]})
order({n: [n + 1, n + 2] for n in range(10)})
order({n: [n - 1] for n in range(10, 0, -1)})
# cycles: the list starts where the walk first met the cycle
order({1: [2], 2: [1]})
order({1: [2], 2: [3], 3: [1]})
order({3: [1], 1: [2], 2: [3]})
order({0: [1], 1: [2], 2: [3], 3: [1], 5: [5]})
order({5: [5], 0: [1], 1: [2], 2: [3], 3: [1]})
order({1: [2, 3], 2: [4], 3: [4], 4: [1]})
order({'a': ['b'], 'b': ['c', 'd'], 'c': ['e'], 'd': ['b'], 'e': []})
order({'a': ['b'], 'b': ['c', 'd'], 'c': ['e'], 'd': ['a'], 'e': []})
order({'a': ['b', 'c'], 'c': ['a'], 'b': ['x'], 'x': ['b']})
order({2: {3}, 3: {4}, 4: {5}, 5: {1}, 11: {12}, 12: {13}, 13: {11}})
order({i: [(i * 7 + 3) % 20, (i * 3 + 1) % 20] for i in range(20)})

# repeated edges count twice
ts = TopologicalSorter()
ts.add(1, 2, 2)
ts.add(3, 1)
ts.add(1)
print(list(ts.static_order()))

# batch at a time
ts = TopologicalSorter()
ts.add('app', 'lib', 'rt')
ts.add('lib', 'rt', 'cfg')
ts.add('test', 'app')
ts.add('docs')
ts.prepare()
print(bool(ts), ts.is_active())
while ts:
    batch = ts.get_ready()
    print('ready', batch, ts.get_ready())
    for node in reversed(batch):
        ts.done(node)
        print(' done', node, ts.get_ready() if node == 'cfg' else '')
print(ts.is_active(), ts.get_ready())


def attempt(f, *args):
    try:
        print('ok', f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


ts = TopologicalSorter({'a': ['b', 'c'], 'd': ['a']})
attempt(ts.get_ready)
attempt(ts.is_active)
attempt(ts.done, 'a')
attempt(bool, ts)
ts.prepare()
attempt(ts.prepare)
attempt(ts.add, 'z')
attempt(ts.done, 'q')
attempt(ts.done, 'a')
attempt(ts.done, 'b')
print(ts.get_ready())
ts.done('b')
attempt(ts.done, 'b')
attempt(ts.done, 'c', 'c')
print(ts.get_ready(), bool(ts))
attempt(list, ts.static_order())

ts = TopologicalSorter()
attempt(ts.add, [1])
attempt(ts.add, 1, [2])
attempt(ts.add, 1, 2, {})
ts = TopologicalSorter()
ts.add(1)
ts.prepare()
attempt(ts.done, 1)
ts.get_ready()
attempt(ts.done, 1, 1)
print(ts.is_active())

# nodes without predecessors are ready even when there is a cycle
ts = TopologicalSorter({1: [2], 2: [1], 3: []})
try:
    ts.prepare()
except CycleError as e:
    print('cycle', e.args[1], str(e))
attempt(ts.prepare)
print(ts.get_ready(), ts.is_active())

# static_order starts only when iterated
ts = TopologicalSorter({1: [2]})
it = ts.static_order()
ts.add(3, 1)
print(list(it))
print(TopologicalSorter[int], CycleError('x').args)
