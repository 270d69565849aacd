# functools in C (_functools): partial flattening, attributes and subclasses, lru_cache on methods, typed keys, maxsize 0, cmp_to_key objects, reduce
import functools
from functools import partial, lru_cache, cmp_to_key, reduce
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=10); print(p(2), p(2, c=5, d=6), p.func is f, p.args, p.keywords, repr(p) .startswith("functools.partial(<function f at"))
pp = partial(p, 7); print(pp.args, pp.keywords, pp.func is f, pp())
p.attr = "x"; print(p.attr, p.__dict__); ppp = partial(p, 8); print(ppp.func is p)
class MyP(partial): pass
print(repr(MyP(max, 1, 2)), type(MyP(max)).__name__, isinstance(MyP(max), partial))
try: p.func = None
except AttributeError as e: print("AttributeError")
print(partial(max, key=len)(["a", "bbb", "cc"]))
class C:
    def __init__(self): self.n = 0
    @lru_cache(maxsize=None)
    def sq(self, x):
        self.n += 1
        return x * x
c = C(); print(c.sq(3), c.sq(3), c.n, C.sq.cache_info())
@lru_cache(maxsize=3, typed=True)
def g(*args, **kw): return (args, sorted(kw.items()))
print(g(1), g(1.0), g(1, k=2), g(1, k=2), g.cache_info(), g.__name__, g.__wrapped__.__name__)
try: g([1])
except TypeError as e: print(e)
g.cache_clear(); print(g.cache_info(), g.cache_parameters())
@lru_cache(maxsize=0)
def h(x): return x
print(h(1), h(1), h.cache_info())
@lru_cache(None)
def doc_fn():
    "documented"
    return 1
print(doc_fn.__doc__, doc_fn.__qualname__, doc_fn.__module__)
for bad in ["lru_cache('x')", "functools._lru_cache_wrapper(1, 1, False, None)"]:
    try: print(eval(bad))
    except TypeError as e: print(e)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words, key=cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)))), sorted(words, key=cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
K = cmp_to_key(lambda a, b: a - b); print(K(1) < K(2), K(3) == K(3), K(2) >= K(5), K(4).obj)
try: K(1) < 5
except TypeError as e: print(e)
try: hash(K(1))
except TypeError as e: print(e)
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], "init"), reduce(max, [3, 9, 2]))
try: reduce(max)
except TypeError as e: print(e)
