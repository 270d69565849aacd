# functools: reduce, partial, lru_cache/cache statistics, wraps, cmp_to_key, total_ordering
import functools
from functools import reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key, total_ordering, cached_property, singledispatch
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, "hello"))
for bad in ["reduce(lambda a, b: a, [])", "reduce(1, 2)", "partial()", "partial(5)"]:
    try: print(eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
p = partial(int, base=2); print(p("1010"), p.func, p.args, p.keywords, repr(p))
p2 = partial(max, 1, 2); print(p2(3), repr(p2), repr(partial(p2, 9)), partial(p2, 9).args)
def power(base, exp): return base ** exp
sq = partial(power, exp=2); print(sq(5), sq(5, exp=3))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq2(x):
    print("compute", x); return x * x
for v in [1, 2, 1, 3, 2, 1]: sq2(v)
print(sq2.cache_info(), sq2.cache_parameters())
@lru_cache
def ident(x): return x
print(ident(3), ident(3.0), ident.cache_info())
@lru_cache(typed=True)
def ident2(x): return type(x).__name__
print(ident2(3), ident2(3.0), ident2.cache_info())
@cache
def f(a, b=1): return a + b
print(f(1), f(1, b=1), f(1), f.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(name):
    "say hello"
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n)
@singledispatch
def show(x): return "obj"
@show.register(int)
def _(x): return "int"
@show.register
def _(x: str): return "str"
print(show(1), show("a"), show(1.5), show(True))
print(functools.WRAPPER_ASSIGNMENTS)
