from typing import (List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterable, Set, Sequence,
                    NamedTuple, TypedDict, Protocol, runtime_checkable, cast, overload, get_type_hints, get_origin, get_args,
                    ClassVar, Final, Literal, Type, Mapping, DefaultDict, Deque, Counter, SupportsInt, NewType, Iterator)
import typing
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any])
print(Optional[Union[int, str]], Union[int, int], Union[int], List, Any, Literal[1, "a"], ClassVar[int], Type[int], Mapping[str, int], Iterable[int])
print(List[int] == List[int], Union[int, str] == Union[str, int], isinstance([], List), isinstance({}, Dict), issubclass(list, List))
try: isinstance([], List[int])
except TypeError as e: print(e)
T = TypeVar("T"); K = TypeVar("K", bound=int); print(T, K, K.__bound__, TypeVar("C", covariant=True))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__, Stack.__mro__[1] is Generic)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
def f(x: int, y: Optional[str] = None) -> List[int]: return [x]
print(f.__annotations__, get_type_hints(f))
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("ann"); print(e, e.name, e.id, Emp._fields, Emp("b", 7)._replace(id=9), isinstance(e, tuple), Emp.__annotations__)
Pt = NamedTuple("Pt", [("x", int), ("y", int)]); print(Pt(1, 2))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade", year=1982); print(m, m["name"], Movie.__required_keys__ == {"name", "year"})
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), isinstance(3, SupportsInt), isinstance("x", SupportsInt))
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
UserId = NewType("UserId", int); print(UserId(5), UserId)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), typing.TYPE_CHECKING, DefaultDict[str, int], Deque[int], Counter[str], Iterator[int])
def h(items: Sequence[Tuple[str, int]]) -> Dict[str, Set[int]]: return {}
print(h.__annotations__["items"], h.__annotations__["return"])
