# reprlib: size-limited representations and the recursive_repr decorator
import reprlib
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.__all__, isinstance(reprlib.aRepr, reprlib.Repr))
try:
    reprlib.Repr(maxlist=3)
except TypeError:
    print('TypeError: no keyword arguments in 3.11')

values = [
    [], [1], list(range(6)), list(range(7)), list(range(100)),
    (), (1,), (1, 2), tuple(range(20)),
    set(), {5}, set(range(10)), {3, 1, 2},
    frozenset(), frozenset({4}), frozenset(range(8)),
    {}, {1: 2}, {i: str(i) for i in range(4)}, {i: i * i for i in range(10)},
    {'b': 1, 2: 3, 'a': 4}, {(1, 2): [3, 4]},
    deque(), deque([1]), deque(range(10)),
    '', 'short', 'x' * 29, 'x' * 30, 'y' * 31, 'abcdefghijklmnopqrstuvwxyz' * 3,
    "quote's \"both\"" * 4, 'tab\there\n' * 5, 'ünïcödé' * 10,
    0, -5, 10 ** 39, 10 ** 40, -(10 ** 50), 2 ** 200,
    True, None, 3.25, 1e300, b'bytes' * 20, range(10 ** 6),
    [[[[[[[[1]]]]]]]], [[[[[[1]]]]]], [1, [2, [3, [4, [5, [6, [7]]]]]]],
    {1: {2: {3: {4: {5: {6: {7: 8}}}}}}}, ((((((((),),),),),),),),
    [{1: [2, (3, {4})]}],
]
for v in values:
    print(reprlib.repr(v))

class Odd:
    def __repr__(self):
        return 'Odd(' + 'z' * 40 + ')'

class Broken:
    def __repr__(self):
        raise RuntimeError('no repr')

print(reprlib.repr(Odd()), reprlib.repr([Odd()]))
s = reprlib.repr(Broken())
print(s.startswith('<Broken instance at 0x'), s.endswith('>'))

# changing the limits
r = reprlib.Repr()
r.maxlevel = 0
print([r.repr(v) for v in ([], [1], (), (1,), {}, {1: 2}, set(), {1}, frozenset(), frozenset({1}),
                           deque(), deque([1]), 'abc', 12345)])
r.maxlevel = 1
print(r.repr([[1], [], (2,), {}]), r.repr({'a': [1], 'b': {}}), r.repr(((1,),)))
r = reprlib.Repr()
r.maxlist, r.maxtuple, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque = 2, 1, 1, 0, 3, 2
print(r.repr(list(range(5))), r.repr((1, 2)), r.repr({1: 2, 3: 4}), r.repr({1, 2}),
      r.repr(frozenset(range(5))), r.repr(deque('abc')))
for n in (0, 1, 2, 3, 4, 5, 6, 10):
    r.maxstring = n
    r.maxlong = n
    r.maxother = n
    print(n, r.repr('abcdefghij'), r.repr(1234567890), r.repr(3.14159265358979), r.repr(Odd()))
r.fillvalue = '<~>'
r.maxstring = 12
r.maxlist = 2
r.maxlevel = 2
print(r.repr('abcdefghijklmnop'), r.repr([1, 2, 3]), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}),
      r.repr(10 ** 20))

# subclasses: repr1 dispatches on the type's name
class MyRepr(reprlib.Repr):
    def repr_Odd(self, x, level):
        return 'ODD'
    def repr_float(self, x, level):
        return 'F%d' % level

m = MyRepr()
print(m.repr([Odd(), 1.5, [2.5]]), m.repr1(2.0, 9))
class mylist(list):
    pass
print(reprlib.repr(mylist(range(10))))

# recursive_repr
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node's representation."""
        return 'Node(%s, %r)' % (self.name, self.children)

a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(repr([a, a]))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, Node.__repr__.__annotations__)

class Ring(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self) -> str:
        return 'Ring' + list.__repr__(self)

ring = Ring([1, 2])
ring.append(ring)
print(repr(ring), Ring.__repr__.__annotations__)

class Failing:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise ValueError('boom')
f = Failing()
for _ in range(2):
    try:
        repr(f)
    except ValueError as e:
        print('ValueError:', e)
