# itertools in C: argument errors, subclassing, tee copies, exceptions passing through
import itertools as it
for e in ['it.cycle()', 'it.chain(x=1)', 'it.dropwhile(len)', 'it.islice()', 'it.pairwise()', 'it.tee()', 'it.compress(1)', 'it.groupby()', 'it.starmap(1,2,3)', 'it.repeat()', 'it.accumulate()', 'it.permutations()', 'it.combinations([1])', 'it.zip_longest(x=1)', 'it.product(x=1)', 'it.cycle(1)', 'it.tee([], 1, 2)', 'it.takewhile(x=1)', 'list(it.starmap(pow, [[2, 3], (2, 2)]))', 'list(it.accumulate([1, 2, 3], None))', 'list(it.islice(it.count(), 2, 10, 3))', 'list(it.islice("abc", None))', 'list(it.islice("abcdef", 1, None, None))', 'list(it.islice("abc", 1.0))', 'list(it.product("ab", range(2), repeat=2))[:5]', 'len(list(it.permutations(range(5), 3)))', 'list(it.combinations_with_replacement("ab", 3))', 'repr(it.count(2**70, 2**65))', 'repr(it.repeat(None, 0))', 'list(it.zip_longest([1], [2, 3], fillvalue=0))', 'next(it.count(0.5, 0.25))']:
  try: print(e, eval(e))
  except Exception as ex: print(e, type(ex).__name__, ex)
class C(it.chain): pass
print(type(C([1])).__name__, list(C([1], [2])), isinstance(C(), it.chain))
t1, t2 = it.tee(iter(range(4)))
print(next(t1), next(t1), list(t2), list(t1), type(t1).__name__)
a, b = it.tee([1, 2]); c, d = it.tee(a); print(list(c), list(d), list(a), list(b))
g = it.groupby([1, 1, 2, 2, 3], key=lambda x: x % 2); k, grp = next(g); next(g); print(k, list(grp))
r = it.repeat("x", 3); print(r.__length_hint__(), list(r), r.__length_hint__())
def gen():
    yield 1
    raise ValueError("boom")
try: list(it.chain(gen()))
except ValueError as e: print("propagated", e)

