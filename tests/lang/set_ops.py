# set and frozenset: iteration order (CPython's hash table), operators,
# methods and errors. Only ints, floats and tuples of them go in printed
# sets: str hashes change from run to run.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print({10, 3, 7, 100, 1000, -1}, {1, 2, 3}, {3, 2, 1}, {-1, -2, -3}, {0, 8, 16, 24, 32})
print(set(range(20, 0, -3)), {2 ** 40, 2 ** 61, 2 ** 64, -2 ** 64, 17})
print({0.5, 1.5, 2.25, 3.0, -0.0, 1e100, 1e-100}, {1, 1.0, True}, {0, 0.0, False})
print({(1, 2), (3, 4), (5, 6), (0, 0), (-1, 7), (2, 1)}, {(1, (2, 3)), ((),)})
print({frozenset({1, 2}), frozenset(), frozenset({3})})

s = set()
for i in range(200):
    s.add(i * 37 % 101)
for i in range(0, 200, 3):
    s.discard(i)
print(s)
s.add(1000)
s.add(-1000)
print(s, len(s))
p = set(range(30))
print([p.pop() for _ in range(5)], p)
p.add(2)
p.add(0)
print(p.pop(), p.pop(), p)
show("pop empty", lambda: set().pop())
show("remove missing", lambda: {1}.remove(2))
show("remove tuple", lambda: {1}.remove((1, 2)))
q = {1, 2, 3}
q.remove(2)
q.discard(3)
q.discard(99)
print(q)

a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [100, 101]), a.intersection(b, range(10, 40)), a.difference(b, [3, 6]), a.symmetric_difference(range(10)))
print(a.union(), a.intersection(), a.difference(), a.union() is a)
big = set(range(1000))
small = {5, 999, 4000, -1}
print(small - big, small & big, big & small, small | {1}, small ^ {5, 6})
print(a.issubset(range(100)), a.issuperset({3, 6}), a.isdisjoint({1, 2}), a.isdisjoint([0]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {1, 2}, {1, 2} == frozenset({2, 1}), {1} != {1})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), set() < set(), set() <= set())
show("set < list", lambda: {1} < [1])
show("set | list", lambda: {1} | [2])
show("set - tuple", lambda: {1} - (1,))

c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 9}
print(c)
c.update([7, 8], (9, 10), range(3))
print(c)
c.intersection_update(range(8), [0, 1, 2, 7, 8])
print(c)
c.difference_update([0], {1})
print(c)
c.symmetric_difference_update([2, 3, 4])
print(c)
c.clear()
print(c, len(c), bool(c))
d = {1, 2}
e = d
d |= {3}
d -= {1}
print(e, d is e)

f = frozenset([3, 1, 2])
g = f | {4}
print(f, g, type(g).__name__, f & {1}, type({1} & f).__name__, f.copy() is f, frozenset(f) is f)
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3})))
h = f
h |= {9}
print(f, h, h is f)
print({f: 1}[frozenset({1, 2, 3})], {1, 2} in {frozenset({1, 2})}, f in {f})
show("add to frozenset", lambda: f.add(1))
show("set in set", lambda: {1} in {1})
show("hash set", lambda: hash({1}))
show("unhashable item", lambda: {[1, 2]})
show("unhashable add", lambda: set().add({}))
show("set two args", lambda: set([1], [2]))
show("frozenset kwargs", lambda: frozenset(x=1))
show("set int", lambda: set(5))
s2 = {frozenset({1})}
s2.remove({1})
print(s2, {1} in {frozenset({1})})

class MySet(set):
    pass

class MyFrozen(frozenset):
    pass

ms = MySet([3, 1, 2])
mf = MyFrozen([5])
print(ms, mf, MySet(), MyFrozen(), type(ms | ms).__name__, type(mf | mf).__name__, ms == {1, 2, 3})
print(repr(set()), repr(frozenset()), str({1}))
print(type(iter(set())).__name__, sorted({3, 1, 2}), list(frozenset({4, 2})))
it_set = {1, 2}
try:
    for x in it_set:
        it_set.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
print(sum({1, 2, 3}), max({4, 9, 2}), 9 in {4, 9}, 5 not in {4, 9})
