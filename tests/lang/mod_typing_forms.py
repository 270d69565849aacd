import typing
from typing import *
def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
tryit(lambda: Union[()])
tryit(lambda: Optional[int, str])
tryit(lambda: Generic[int])
tryit(lambda: List[int, str])
tryit(lambda: Callable[int, str])
tryit(lambda: TypeVar("T", int))
tryit(lambda: List[int]())
tryit(lambda: type(List[int]()))
tryit(lambda: Annotated[int, "meta"])
tryit(lambda: get_args(Annotated[int, "m", 3]))
tryit(lambda: Literal[1, 1, 2])
tryit(lambda: Union[int, str] | None)
tryit(lambda: Optional[int] == Union[int, None])
tryit(lambda: TypeVar("U", contravariant=True))
tryit(lambda: TypeVar("U", int, str).__constraints__)
tryit(lambda: Dict[str, int].__origin__)
tryit(lambda: List[int].__args__)
tryit(lambda: hash(List[int]) == hash(List[int]))
T = TypeVar("T")
tryit(lambda: List[T][int])
tryit(lambda: Dict[str, T][int])
tryit(lambda: Tuple[int, str].__args__)
tryit(lambda: AnyStr)
tryit(lambda: Text)
tryit(lambda: NoReturn)
tryit(lambda: Final[int])
tryit(lambda: IO, )
class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None): self.v = v; self.nxt = nxt
tryit(lambda: get_type_hints(Node.__init__))
tryit(lambda: Node[int](3).v)
tryit(lambda: Node.__orig_bases__)
tryit(lambda: isinstance(Node(1), Node))
class P(Protocol):
    def meth(self) -> int: ...
tryit(lambda: isinstance(1, P))
tryit(lambda: P())
class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)
tryit(lambda: Point(3, -4).dist())
tryit(lambda: Point._field_defaults)
tryit(lambda: Point(1, 2, 3))
class TD(TypedDict, total=False):
    a: int
tryit(lambda: (TD.__total__, TD.__optional_keys__, TD(a=1)))
tryit(lambda: typing.get_origin(int))
tryit(lambda: final(int))
tryit(lambda: no_type_check(lambda: 1)())
class Impl(P):
    def meth(self): return 5
class Impl2(P):
    def __init__(self, k): self.k = k
    def meth(self): return self.k
tryit(lambda: (Impl().meth(), Impl().meth(), Impl2(4).meth(), Impl._is_protocol))
tryit(lambda: Union[int, Optional])
tryit(lambda: List[Generic])
tryit(lambda: Literal[Literal[1, 2], 3] == Literal[3, 2, 1])
tryit(lambda: Literal[1] == Literal[True])
