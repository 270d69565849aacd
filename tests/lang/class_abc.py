# Abstract base classes: abc.ABC, abstractmethod, registration, collections.abc checks
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Container, Mapping, Sequence, Callable, Hashable, Iterator


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class HalfDone(Shape):
    def area(self):
        return 0


print(Rect(2, 3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)


class Duck:
    def area(self):
        return 1

    def perimeter(self):
        return 4


print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


b = Bag([1, 2])
print(isinstance(b, Iterable), isinstance(b, Sized), isinstance(b, Container), isinstance(b, Sequence))
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Sequence), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(issubclass(dict, Mapping), issubclass(list, Mapping), issubclass(Bag, Iterable))


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()


print(Impl.make().name)
try:
    Base()
except TypeError as e:
    print(e)
