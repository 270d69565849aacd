# dataclasses: fields, defaults and factories, order/frozen/hash rules, InitVar/__post_init__, KW_ONLY, asdict/astuple/replace, inheritance
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point.__doc__, hash(Point) != 0)
try: hash(p)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str = field(default="spades", compare=False)
cards = sorted([Card(10), Card(2, "hearts"), Card(7)]); print(cards, Card(3) < Card(4), hash(Card(1)) == hash(Card(1, "x")))
try: cards[0].rank = 5
except FrozenInstanceError as e: print("frozen:", e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def add(self, x): self.items.append(x); self.count += 1
a, b = Inv(), Inv(); a.add(1); print(a, b, a.count)
print([f.name for f in fields(Point)], asdict(Point(3, 4)), astuple(Point(3, 4)), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
@dataclass
class Nested:
    p: Point
    tags: dict
n = Nested(Point(1, 1), {"a": [Point(2, 2)]}); print(asdict(n))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(WithPost(3), WithPost(3, scale=10))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5))
try: KW(1, 2)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
try: Point()
except TypeError as e: print(e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1), fields(Child)[2].name)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(5)) == hash((5,)))
M = make_dataclass("M", [("x", int), ("y", int, field(default=3))]); print(M(1), M.__module__)
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(r); print(r)
print(repr(field(default=1)).startswith("Field(name=None,type=None,default=1"))
