from collections.abc import Iterable, Callable, Mapping, Sequence, MutableMapping, Container, KeysView
print(Iterable[int], Callable[[int], str], Mapping[str, int], Sequence[int], KeysView[str], Container[int])
print(type(Iterable[int]), Iterable[int].__origin__, Iterable[int].__args__)
def f(x: Sequence[int]) -> Mapping[str, int]: pass
print(f.__annotations__)
print(isinstance([], Iterable), issubclass(dict, MutableMapping))
from collections.abc import Callable as C
print(C[..., int], C[[], None], C[[int, str], list[int]], C[[int], str] == C[[int], str], C[[int], str].__args__, C[[int], str].__origin__)
for bad in [lambda: C[int], lambda: C[int, str]]:
    try: bad()
    except TypeError as e: print(e)
try: isinstance(len, C[[int], int])
except TypeError as e: print(e)
