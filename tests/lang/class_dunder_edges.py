# Special-method edge cases: AttributeError from a property falls back to __getattr__, dunders set to None, odd results
class P:
    @property
    def x(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr({name})"
print(P().x)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e: print(e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e: print(e)
class Weird:
    def __eq__(self, o): return "yes"
print(Weird() in [1], [Weird()] == [2], Weird() == 1)
class B:
    def __len__(self): return True
print(len(B()))
try:
    print(int < str)
except TypeError as e: print(e)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__["b"])
class HasGetattr:
    def __getattr__(self, n):
        if n.startswith("__"): raise AttributeError(n)
        return n
h = HasGetattr()
print(h.foo, hasattr(h, "__len__"), bool(h), str(h)[:11])
class Descr:
    def __get__(self, obj, cls): return ("get", obj is None)
class UsesD:
    d = Descr()
print(UsesD.d, UsesD().d)
class CallableClassAttr:
    f = staticmethod(len)
    g = len
print(CallableClassAttr().f("ab"), CallableClassAttr().g("abc"))
class Meta: pass
print(type(UsesD).__name__, UsesD.__class__.__name__, repr(type)[:13])
try:
    class X(int, str): pass
except TypeError as e: print(e)
class R:
    def __reversed__(self): return iter("ba")
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
print(list(reversed(R())))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(Cmp(1) < Cmp(2), sorted([Cmp(3), Cmp(1)], key=lambda c: c)[0].v if False else "")
