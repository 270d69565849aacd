import pprint, collections, dataclasses, types
data = {'name': 'atoll', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': 'c' * 50}], 'z': (1,), 'y': ()},
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'bytes': bytes(range(40)), 'set': set(range(25)), 'fs': frozenset('abcdefghijklmnopqrstuvwxyz'),
        3: 'int key', (1, 2): 'tuple key'}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
print(pprint.pformat(list(range(100)), compact=True))
pprint.pp({'b': 1, 'a': [2] * 40})
d = collections.OrderedDict((str(i), i * 'x') for i in range(12))
pprint.pprint(d)
dd = collections.defaultdict(list, {i: list(range(i)) for i in range(8)})
pprint.pprint(dd)
c = collections.Counter('the quick brown fox jumps over the lazy dog and keeps running far away')
pprint.pprint(c)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.ChainMap({i: i for i in range(15)}, {'x' * 30: 'y' * 30}))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = 'origin'
pprint.pprint(Point(1, list(range(40)), 'p' * 20))
pprint.pprint([Point(i, [i], 'x') for i in range(5)])
pprint.pprint(types.SimpleNamespace(a=1, b=list(range(30)), c='hello' * 10))
r = [1, 2]; r.append(r)
print(pprint.saferepr(r)[:30], pprint.isrecursive(r), pprint.isreadable([1, 2]), pprint.isreadable(object()))
pprint.pprint('a long string ' * 20)
pprint.pprint(['line one\nline two\n' * 5])
pprint.pprint(bytearray(range(50)))
pprint.pprint({'k': {1, 'a', 2.5, None}}, width=20)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([[1, 2, 3], [4, 5, 6]] * 8, width=30)
print(pprint.pformat({'x': 1}), repr(pprint.pformat('')))
p = pprint.PrettyPrinter(indent=2, width=30)
p.pprint({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'beta': ('x', 'y')})
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(depth=0)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(width=0)
except ValueError as e: print(e)
