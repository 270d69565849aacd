# typing: hints with forward references, Annotated, IO aliases, generic
# parameter counts, NamedTuple methods and subclasses, protocol members
from typing import *
import typing

def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

class Tree:
    left: "Optional[Tree]"
    size: Annotated[int, "nodes"]
    def grow(self, by: "List[Tree]") -> "None": pass
tryit(lambda: get_type_hints(Tree))
tryit(lambda: get_type_hints(Tree, include_extras=True))
tryit(lambda: get_type_hints(Tree.grow))
tryit(lambda: get_type_hints(3))
tryit(lambda: (typing.IO[str], typing.TextIO.__mro__[1], typing.IO.__parameters__))
T = TypeVar("T"); K = TypeVar("K")
class Box(Generic[T]): pass
class Two(Iterable[T], Generic[K, T]): pass
tryit(lambda: Two.__parameters__)
tryit(lambda: Box[int, str])
tryit(lambda: List[Box].__parameters__)
tryit(lambda: Dict[K, List[T]][str, int])
tryit(lambda: Callable[[T], K][int, str])
tryit(lambda: List[T][int, str])
tryit(lambda: List[int][str])
tryit(lambda: (ClassVar[int, str]))
tryit(lambda: typing.Required[int, str])
tryit(lambda: Any[int])
tryit(lambda: (List.__doc__, Deque.__doc__, Optional[int].__name__, Dict[str, int].__name__))
tryit(lambda: (Union[int, "Foo"], ForwardRef("x") == ForwardRef("x"), ForwardRef(3)))
tryit(lambda: (ParamSpec("P").args, ParamSpec("P").kwargs, TypeVarTuple("Ts")))
tryit(lambda: TypeVar("X", covariant=True, contravariant=True))
tryit(lambda: Concatenate[()])
tryit(lambda: Concatenate[int])
tryit(lambda: Literal[[1], [1]])
tryit(lambda: Annotated[int])
tryit(lambda: Annotated[int, "a"] == Annotated[int, "a"])
tryit(lambda: Callable[[], int])
tryit(lambda: (NewType("a.B", int), NewType("a.B", int).__name__))
tryit(lambda: Union[int, str][int])
tryit(lambda: isinstance(3, Union[int, str]))
class Card(NamedTuple):
    """A playing card."""
    rank: int
    suit: str = "spades"
    def __repr__(self): return f"<{self.rank} of {self.suit}>"
class Joker(Card):
    def wild(self): return True
tryit(lambda: (Card(3), Card.__doc__, Joker(1, "x"), Joker(1).wild(), Joker._fields))
def bad():
    class Bad(NamedTuple):
        a: int = 1
        b: str
tryit(bad)
tryit(lambda: NamedTuple("X", [("a", int)], b=str))
@runtime_checkable
class Sized2(Protocol):
    n: int
    def size(self) -> int: ...
class Has:
    n = 1
    def size(self): return 2
class Off:
    n = 1
    size = None
tryit(lambda: (isinstance(Has(), Sized2), issubclass(Has, Sized2), issubclass(Off, Sized2)))
tryit(lambda: (isinstance(2.5, SupportsFloat), isinstance("x", SupportsIndex), issubclass(int, SupportsAbs)))
tryit(lambda: runtime_checkable(int))
tryit(lambda: get_overloads(print))
tryit(lambda: assert_never("x" * 120))
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
class Film(Movie):
    studio: NotRequired[str]
    rating: float
tryit(lambda: (sorted(Film.__required_keys__), sorted(Film.__optional_keys__), is_typeddict(Film), is_typeddict(dict)))
Pt = TypedDict("Pt", {"x": int}, total=False)
tryit(lambda: (Pt(x=1), Pt.__optional_keys__, Pt.__total__))
