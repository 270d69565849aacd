# functools: partialmethod, singledispatchmethod, total_ordering from each root, cached_property,
# lru_cache arguments, singledispatch registration errors, update_wrapper
import functools
from functools import partialmethod, singledispatchmethod, total_ordering, cached_property, lru_cache, partial, singledispatch, update_wrapper, wraps

class Cell:
    def __init__(self): self.state = None
    def set_state(self, state, tag=""): self.state = (state, tag)
    set_alive = partialmethod(set_state, True, tag="a")
    set_dead = partialmethod(set_state, False)
    more = partialmethod(set_alive)
    @classmethod
    def make(cls, x, y): return (cls.__name__, x, y)
    make1 = partialmethod(make, 1)
    ptl = partialmethod(partial(lambda self, a, b: (type(self).__name__, a, b), b=5), 4)
    callobj = partialmethod(max, 100)
c = Cell(); c.set_alive(); print(c.state); c.set_dead(tag="t"); print(c.state)
print(Cell.make1(2), c.make1(3))
print(c.ptl(), type(Cell.__dict__['set_alive']).__name__)
r = repr(Cell.__dict__['set_alive']); print(r[:r.index('<')], r[r.index('>'):], 'set_state' in r)
print(repr(partialmethod(max, 1, 2, k=3)).split(' at ')[0])
print(isinstance(c.set_alive, partial) , c.callobj(5) if False else "")
print(Cell.__dict__['more'].args, Cell.__dict__['more'].keywords)
try: partialmethod(5)
except TypeError as e: print(e)
print(Cell.__dict__['set_alive'].__isabstractmethod__)

class Num:
    @singledispatchmethod
    def neg(self, arg): return "?"
    @neg.register
    def _(self, arg: int): return -arg
    @neg.register(bool)
    def _(self, arg): return not arg
    @singledispatchmethod
    @classmethod
    def cm(cls, arg): return ("cls", cls.__name__)
    @cm.register
    @classmethod
    def _(cls, arg: str): return ("str", cls.__name__)
n = Num(); print(n.neg(3), n.neg(True), n.neg("x"), Num.cm(1), Num.cm("s"), n.neg.__name__)
try: singledispatchmethod(5)
except TypeError as e: print(e)

def mk(root):
    ns = {}
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    ops = {'__lt__': lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented,
           '__le__': lambda s, o: s.v <= o.v if isinstance(o, type(s)) else NotImplemented,
           '__gt__': lambda s, o: s.v > o.v if isinstance(o, type(s)) else NotImplemented,
           '__ge__': lambda s, o: s.v >= o.v if isinstance(o, type(s)) else NotImplemented}
    cls = type('T' + root.strip('_'), (), {'__init__': __init__, '__eq__': __eq__, root: ops[root]})
    return total_ordering(cls)
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = mk(root)
    res = []
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            res.append((T(a) < T(b), T(a) <= T(b), T(a) > T(b), T(a) >= T(b)) == (a < b, a <= b, a > b, a >= b))
    print(root, all(res), [T.__dict__.get(op).__name__ for op in ('__lt__', '__le__', '__gt__', '__ge__')])
    try: T(1) < 5
    except TypeError as e: print(e)
    try: T(1) >= 5
    except TypeError as e: print(e)
@total_ordering
class Two:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o): return self.v <= o.v
print(sorted(k for k in Two.__dict__ if k.startswith('__') and k[2] in 'lg'), Two(1) < Two(2), Two(2) >= Two(2))
class Sub(Two): pass
print(total_ordering(Sub) is Sub)

cp = cached_property(lambda self: 1)
class Z: pass
try: cp.__get__(Z(), Z)
except TypeError as e: print(e)
class Y:
    a = cp
try: cp.__set_name__(Y, 'b')
except TypeError as e: print(e)
class D:
    @cached_property
    def val(self):
        "the val"
        return 7
print(D.val.__doc__, isinstance(D.val, cached_property), D.val.attrname)
d = D(); d.val; print(d.__dict__)
d.__dict__['val'] = 9; print(d.val)
del d.val; print(d.val)

for bad in ('x', 1.5):
    try: lru_cache(bad)
    except TypeError as e: print(e)
g = lru_cache(-3)(lambda x: x * 2); print(g(2), g(2), g.cache_info(), g.cache_parameters())
h = lru_cache(None, True)(lambda x: x); print(h.cache_parameters())
def plain(a): "doc"; return a
w = lru_cache(plain); print(w.__name__, w.__doc__, w.__wrapped__ is plain, w.cache_parameters())
print(type(functools.cache(plain)).__name__ if False else functools.cache(plain)(4))

@singledispatch
def fun(a, b=0): return ("base", a, b)
@fun.register(list)
def _(a, b=0): return ("list", len(a), b)
class L2(list): pass
print(fun(L2([1])), fun(3, b=2), fun.dispatch(L2).__name__, fun.dispatch(int) is fun.registry[object], sorted(t.__name__ for t in fun.registry))
try: fun()
except TypeError as e: print(e)
try: fun.register(3, lambda x: x)
except TypeError as e: print(e)
try:
    @fun.register
    def _(x): pass
except TypeError as e: print(str(e).split(' at ')[0], str(e).split('>')[1])
print(fun.__name__, fun.__wrapped__.__name__)
fun.register(float, lambda a, b=0: "float"); print(fun(1.5))
fun.register(float)(lambda a, b=0: "float2"); print(fun(1.5))

def src():
    "src doc"
src.extra = 1
src.__dict__['more'] = [1]
def dst(): pass
dst.own = 2
update_wrapper(dst, src)
print(dst.__name__, dst.__doc__, dst.extra, dst.own, dst.__wrapped__ is src, dst.__qualname__)
def dst2(): pass
update_wrapper(dst2, src, assigned=('__doc__', 'nonexistent'), updated=())
print(dst2.__name__, dst2.__doc__, hasattr(dst2, 'extra'))
print(type(wraps(src)).__name__, functools.WRAPPER_UPDATES)
class Obj: pass
o = Obj()
try: update_wrapper(o, src, updated=('missing',))
except AttributeError as e: print('AttributeError', e)
