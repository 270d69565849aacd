# pprint: indent > 1, compact packing, depth on tuples and dicts, tiny widths, wrappers and subclasses
import io, re, sys
_real, sys.stdout = sys.stdout, io.StringIO()   # ids and addresses vary: masked at the end
import pprint, collections, dataclasses, types
nested = {'k%d' % i: [list(range(i)), ('t',) * (i % 3), {'x': 'y' * i}] for i in range(8)}
for kw in [dict(indent=4), dict(indent=3, compact=True, width=40), dict(indent=0, width=30), dict(depth=1), dict(depth=3, width=30)]:
    print(kw); pprint.pprint(nested, **kw)
print(pprint.pformat((1,), width=1), pprint.pformat((), width=1), pprint.pformat([], width=1, indent=4), pprint.pformat({}, width=1, indent=3))
print(pprint.pformat(((1, 2), (3,)), depth=1), pprint.pformat([[1], {'a': 1}], depth=1), pprint.pformat({1: {2: 3}}, depth=1))
print(pprint.pformat(list(range(40)), compact=True, width=20, indent=2))
print(pprint.pformat([list(range(12)), 'abc', list(range(30)), 1, 2, 3], compact=True, width=30))
print(pprint.pformat(tuple(range(30)), width=40), pprint.pformat((list(range(30)),), width=40))
s = set(range(30)); fs = frozenset(range(30))
class S(set): pass
class FS(frozenset): pass
class L(list): pass
class LR(list):
    def __repr__(self): return 'LR!' + list.__repr__(self)
class D(dict): pass
class T(tuple): pass
for v in [s, fs, S(range(30)), FS(range(30)), S(), FS(), L(range(30)), LR(range(30)), D(zip(range(20), range(20))), T(range(30))]:
    pprint.pprint(v, width=40)
pprint.pprint({'mixed': {1, 'a', (1, 2), None, 2.5, b'x'}}, width=20)
pprint.pprint({1: 'a', 'b': 2, None: 3, (1,): 4}, width=20)
pprint.pprint(collections.UserDict({i: 'v' * i for i in range(10)}))
pprint.pprint(collections.UserList(list(range(40))))
pprint.pprint(collections.UserString('word ' * 30))
pprint.pprint([collections.UserString('word ' * 30)])
pprint.pprint(types.MappingProxyType({i: 'v' * i for i in range(10)}))
pprint.pprint(collections.OrderedDict(), width=1); pprint.pprint(collections.Counter(), width=1); pprint.pprint(collections.deque(), width=1)
pprint.pprint(collections.defaultdict(int), width=1); pprint.pprint(collections.ChainMap(), width=1)
pprint.pprint([collections.deque(range(30), maxlen=40), collections.deque('ab' * 20)], width=40, indent=2)
pprint.pprint(collections.Counter('abracadabra' * 3), width=20, indent=3)
pprint.pprint(collections.defaultdict(list, {'a' * 20: list(range(10))}), width=30)
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': 'c' * 50}, {}), width=40)
pprint.pprint({'od': collections.OrderedDict((i, 'x' * i) for i in range(10))}, width=40)
@dataclasses.dataclass
class Node:
    name: str
    kids: list = dataclasses.field(default_factory=list)
    secret: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list
@dataclasses.dataclass
class OwnRepr:
    a: list
    def __repr__(self): return 'OwnRepr(' + 'z' * 100 + ')'
root = Node('root', [Node('child%d' % i, [Node('leaf' * 5)]) for i in range(3)])
root.kids[0].kids.append(root)
pprint.pprint(root, width=40)
pprint.pprint(NoRepr(list(range(40))))
pprint.pprint([OwnRepr([1])], width=30)
ns = types.SimpleNamespace(x=list(range(25)), y='q' * 70); ns.me = ns
pprint.pprint(ns, width=50)
class NS(types.SimpleNamespace): pass
pprint.pprint(NS(alpha=list(range(30))), width=40)
print(pprint.pformat('one two three four five six seven eight nine ten ' * 3, width=30))
print(pprint.pformat(['  leading spaces and   gaps   ' * 4, 'x' * 50], width=25))
print(pprint.pformat({'s': 'multi\nline\n\ntext that is rather long ' * 3}, width=30))
print(pprint.pformat('', width=1), pprint.pformat('abc', width=1), pprint.pformat("it's \"q\" " * 8, width=20))
for n in [5, 8, 16, 17, 23, 40]:
    print(pprint.pformat(bytes(range(n)), width=20), pprint.pformat([bytes(range(n))], width=20), pprint.pformat(bytearray(b'ab' * n), width=20))
r = {'a': 1}; r['self'] = r
l = [1]; l.append((l, {'l': l}))
print(pprint.pformat(r), pprint.pformat(l), pprint.saferepr(r), pprint.isrecursive(l), pprint.isreadable(r))
pprint.pprint([r, l] * 3, width=30)
p = pprint.PrettyPrinter(depth=2)
print(p.isreadable([1, [2, [3]]]), p.isrecursive(l), p.isreadable({'a': (1, 2)}), p.format([1, [2, [3, [4]]]], {}, 2, 0))
print(pprint.isreadable([1, 'a', None, 2.5, b'x', True, (1,)]), pprint.isreadable([object]), pprint.isreadable({1: int}))
print(pprint.saferepr({'b': 1, 'a': [3, 2]}), pprint.saferepr(2 ** 70), pprint.pformat([10 ** 12, True, 1.5], underscore_numbers=True))
class Fmt(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str): return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)
Fmt(width=30).pprint({'key': ['value'] * 6})
import io
buf = io.StringIO(); pprint.pprint([1, 2], stream=buf); pprint.pp({'z': 1, 'a': 2}, stream=buf, width=5); print(repr(buf.getvalue()))
print(pprint.pformat({'b': 2, 'a': 1}, sort_dicts=False), pprint.pformat({3: 1, 'a': 2, 1.5: 0}))
class Unh:
    __hash__ = None
    def __repr__(self): return 'Unh()' * 30
print(pprint.pformat([Unh()], width=20)[:40])
for bad in [dict(indent='x'), dict(width='2'), dict(depth=-1)]:
    try: print(pprint.PrettyPrinter(**bad)._width if 'width' in bad else pprint.PrettyPrinter(**bad))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
_real.write(re.sub(r'id=\d+|0x[0-9a-f]+', 'ID', sys.stdout.getvalue()))
