# abc and collections.abc: abstract methods, register, structural isinstance/issubclass, the mixin methods
from abc import ABC, abstractmethod, abstractproperty
import abc
from collections.abc import (Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Sequence,
    MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible, KeysView, ItemsView, ValuesView)
from collections import deque, OrderedDict, Counter, defaultdict, UserDict, UserList, UserString
for obj in ([1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in []), 5, 1.5, None, len, deque(), OrderedDict(), Counter(), {}.keys(), {}.items(), {}.values(), bytearray()):
    print(type(obj).__name__, [c.__name__ for c in (Iterable, Iterator, Sized, Container, Collection, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible) if isinstance(obj, c)])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable), issubclass(str, Iterable))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 0
for make in (lambda: Shape(), lambda: Half(), lambda: Square(3)):
    try: print(make().describe())
    except TypeError as e: print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Half.__abstractmethods__, Square.__abstractmethods__, isinstance(Square(1), Shape), issubclass(Square, Shape))
class Plain(ABC): pass
try: Plain(1)
except TypeError as e: print(e)
print(type(Plain()).__name__)
class Duck:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 2
    def __contains__(self, x): return x == 1
print(isinstance(Duck(), Iterable), isinstance(Duck(), Collection), isinstance(Duck(), Sequence), issubclass(Duck, Sized))
class MyABC(ABC): pass
MyABC.register(int)
print(isinstance(3, MyABC), issubclass(bool, MyABC), isinstance("x", MyABC), MyABC.register(str) is str, isinstance("x", MyABC))
class Registry(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry({"a": 1, "b": 2})
print(r.get("a"), r.get("z", 0), "a" in r, sorted(r.keys()), sorted(r.items()), sorted(r.values()), r == {"a": 1, "b": 2}, isinstance(r, Mapping), len(r.keys()))
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update({"x": 1}, y=2); m.setdefault("z", 3); print(m.pop("x"), m.popitem(), dict(m.items()), Counter(m))
class Bad(MutableMapping):
    def __getitem__(self, k): pass
try: Bad()
except TypeError as e: print(e)
class Seq(Sequence):
    def __getitem__(self, i): return "abc"[i]
    def __len__(self): return 3
s = Seq(); print(list(s), "b" in s, list(reversed(s)), s.index("c"), s.count("a"))
class ML(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = ML(); ml.append(1); ml.extend([2, 3]); ml.reverse(); ml += [0]; print(ml.l, ml.pop(), ml.l)
ud = UserDict(a=1); ud["b"] = 2; print(ud, len(ud), isinstance(ud, MutableMapping), ud.get("c", 9))
ul = UserList([3, 1]); ul.append(2); ul.sort(); print(ul, isinstance(ul, MutableSequence))
us = UserString("hey"); print(us.upper(), us + "!", isinstance(us, Sequence))
class SS(Set):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
a = SS([1, 2, 3]); b = SS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= SS([1, 2, 3, 4]), a == SS([3, 2, 1]), a.isdisjoint(SS([9])))
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
try: P()
except TypeError as e: print(e)
class Q(P):
    @property
    def name(self): return "q"
print(Q().name)
