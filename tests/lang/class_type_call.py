# Classes made by type(name, bases, ns, **kw): hooks, keywords, super(), built-in bases, argument errors
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class F:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
T = type("T", (Base,), {"f": F()})
print(T.__mro__[1].__name__, T.__qualname__, T.__module__)
T2 = type("T2", (Base,), {}, flag=1) if False else None
try:
    type("Bad", (Base,), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
def method(self): return super(type(self), self).__repr__()[:10]
U = type("U", (), {"m": method, "__repr__": lambda self: "U!"})
print(U().m(), repr(U()))
try:
    type("V", (), {"m": lambda self: super().m()})().m()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type("W", (int,), {})(5) + 1, type("X", (dict,), {"__missing__": lambda s, k: k * 2})()["ab"])
C = type("C", (), {"__slots__": ("a",), "__doc__": "docstring"})
print(C.__doc__, C.__slots__, C().__class__.__name__)
print(type("N", (), {}).__name__, type(type("N", (), {})()).__name__)
try:
    type("Z", 5, {})
except TypeError as e:
    print(e)
try:
    type("Z", (), [])
except TypeError as e:
    print(e)
try:
    type(5, (), {})
except TypeError as e:
    print(e)
