# dataclasses: generated signatures and errors, hash/order/frozen rules, replace, make_dataclass checks
from dataclasses import *
import collections
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
@dataclass
class P:
    x: int
    y: int = 0
t(lambda: P()); t(lambda: P(1, 2, 3)); t(lambda: P(1, z=3)); t(lambda: P(y=1, x=2))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__init__.__name__)
print(P.__init__.__annotations__, P.__doc__, P.__init__.__defaults__, P.__match_args__)
@dataclass(frozen=True)
class Q:
    a: int
print(Q.__setattr__.__qualname__, Q.__hash__.__qualname__, P.__hash__)
q = Q(1)
t(lambda: setattr(q, 'a', 2)); t(lambda: delattr(q, 'a')); t(lambda: setattr(q, 'b', 2))
print(isinstance(FrozenInstanceError(), AttributeError), hash(q) == hash((1,)))
f = fields(P)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.hash, f.compare, f.kw_only, f.metadata, P.__dataclass_params__)
print(InitVar[int], InitVar[list[int]], InitVar['x'], field(metadata={'u': 1}).metadata['u'])
class U:
    __hash__ = None
def bad(body):
    try: body()
    except (TypeError, ValueError) as e: print(type(e).__name__ + ":", e)
def c1():
    @dataclass
    class C:
        u: U = U()
def c2():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int = 0
        c: KW_ONLY
def c3():
    @dataclass
    class C:
        a: int = field(default=1, default_factory=int)
def c4():
    @dataclass
    class C:
        a = field(default=1)
def c5():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, o): return True
def c6():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self): return 1
def c7():
    @dataclass(order=True, eq=False)
    class C:
        a: int
def c8():
    @dataclass(frozen=True)
    class C(P):
        z: int = 1
def c9():
    @dataclass
    class C(Q):
        z: int = 1
def c10():
    import typing
    @dataclass
    class C:
        a: typing.ClassVar[int] = field(default=1, kw_only=True)
def c11():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, n, v): pass
for c in [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11]: bad(c)
for spec in [lambda: make_dataclass("A", ["class"]), lambda: make_dataclass("A", ["1x"]),
             lambda: make_dataclass("A", ["a", "a"]), lambda: make_dataclass("A", [("a",)])]:
    bad(spec)
M = make_dataclass("M", ["a", ("b", int, 5)], namespace={'twice': lambda self: self.b * 2}, frozen=True)
print(M(1), M(1).twice(), M.__doc__, fields(M)[0].type)
import typing
@dataclass
class K:
    n: typing.ClassVar[int] = 3
    s: 'ClassVar[str]' = 'x'
    items: list = field(default_factory=list)
    made: list = field(default_factory=lambda: [1], init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.made = self.made * scale
k = K([1]); print(k, K.n, [f.name for f in fields(K)], k.made, K(scale=3).made)
t(lambda: replace(k, made=[])); t(lambda: replace(k, items=[9]))
@dataclass
class R:
    v: int
    s: InitVar[int]
    def __post_init__(self, s): self.v += s
t(lambda: replace(R(1, 2), v=5)); t(lambda: replace(R(1, 2), v=5, s=1)); t(lambda: replace(1)); t(lambda: asdict(P)); t(lambda: astuple(3)); t(lambda: fields(3))
@dataclass
class S:
    self: int
    other: str = 'o'
print(S(1), S(self=2, other='p'))
@dataclass(eq=True)
class E:
    a: int
    __hash__ = None
@dataclass(unsafe_hash=True, eq=False)
class E2:
    a: int
@dataclass
class E3:
    a: int
    def __hash__(self): return 7
print(E.__hash__, hash(E2(1)) == hash((1,)), hash(E3(1)), E2(1) == E2(1))
@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False, default='')
    c: float = 0.0
print(sorted([O(2), O(1, 'z', 5.0), O(1, 'y', 2.0)]), O(1) <= O(1), O(1) < O(1, c=1), O(1).__lt__(3))
T = collections.namedtuple('T', 'p q')
@dataclass
class W:
    t: T
    d: dict
    l: list
w = W(T(P(1), 2), {'k': (P(2), [P(3)])}, [P(4)])
print(asdict(w)); print(astuple(w)); print(asdict(P(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)), astuple(P(5, 6), tuple_factory=list))
@dataclass(init=False, repr=False, eq=False, match_args=False)
class N:
    a: int = 1
n = N(); print(n.a, hasattr(N, '__match_args__'), N.__doc__, '__repr__' in N.__dict__)
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = 2
@dataclass
class KO2(KO):
    c: int
    d: int = field(default=4, kw_only=False)
print(KO(a=1), KO2(3, a=1), KO2.__doc__); t(lambda: KO(1))
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
    def __get__(self, obj, typ): return 42
    def __set__(self, obj, v): pass
@dataclass
class DD:
    d: Desc = Desc()
print(DD().d)
@dataclass
class Node:
    kids: list = field(default_factory=list)
a = Node(); b = Node([a]); a.kids.append(b); print(a, repr(a) == repr(a))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(int), MISSING is not None, repr(KW_ONLY)[:24])
from typing import ClassVar
import dataclasses
@dataclass
class SA:
    a: 'typing.ClassVar[int]' = 1
    b: 'ClassVar[int]' = 2
    c: 'dataclasses.InitVar[int]' = 3
    d: ' ClassVar' = 4
    e: 'ClassVar  int' = 5
    f: 'InitVar[int]' = 6
    g: 'list[ClassVar]' = ()
    def __post_init__(self, c): pass
print([f.name for f in fields(SA)], list(SA.__dataclass_fields__), SA.__doc__)
@dataclass
class UI:
    x: int
    def __init__(self, q, r: int = 3, *, k, m: 'str' = 'n') -> int: pass
print(UI.__doc__)
@dataclass(init=False)
class UI2(UI):
    y: int = 0
print(UI2.__doc__)
@dataclass
class Documented:
    """Mine."""
    a: int
print(Documented.__doc__)
def c12():
    @dataclass(weakref_slot=True)
    class C:
        a: int
bad(c12)
@dataclass(slots=True)
class SL:
    x: int
    y: int = 2
print(SL.__slots__, SL(1), SL(1) == SL(1, 2), hash(SL) != 0)
