# enum: members built by a custom __new__, overridden text methods, mixins,
# copying
import copy
import enum
from enum import Enum, IntEnum, Flag, auto


class Coordinate(int, Enum):
    def __new__(cls, value, label, unit):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    VY = (3, 'V.Y', 'km/s')


print(repr(Coordinate.PX), Coordinate(3), Coordinate.VY.label, Coordinate.VY.unit)


class Ordered(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    FIRST = ()
    SECOND = ()


print(list(Ordered), Ordered(2))


class Pretty(Enum):
    A = 1
    B = 2

    def __str__(self):
        return self.name.lower()

    def __repr__(self):
        return 'Pretty(%s)' % self.name


print(Pretty.A, repr(Pretty.B), [Pretty.A], f'{Pretty.B}', format(Pretty.A, '>3'))


class Level(IntEnum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return 'level ' + self.name


print(Level.LOW, repr(Level.HIGH), Level.HIGH > Level.LOW, max(Level))


class Describe:
    def describe(self):
        return '%s=%r' % (self.name, self.value)


class Mix(Describe, Enum):
    ONE = 1
    TWO = 'two'


print(Mix.TWO.describe(), repr(Mix.ONE))


print(copy.copy(Mix.ONE) is Mix.ONE, copy.deepcopy([Mix.TWO])[0] is Mix.TWO)
print(Mix.ONE.__class__ is Mix, isinstance(Mix.ONE, Enum), issubclass(Mix, Enum))
print(enum.Enum, enum.IntEnum, enum.Flag, enum.StrEnum, enum.IntFlag)
print(list(enum.Enum), len(enum.Flag), dict(enum.Enum.__members__))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), repr(Empty))
try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)


class Unhashable(Enum):
    A = [1, 2]
    B = [3]


print(Unhashable([3]), repr(Unhashable.A))


class Stuff(Flag):
    NONE = 0
    A = auto()
    B = auto()
    AB = A | B
    BIG = auto()
    MOST = BIG | 1 | A


print(list(Stuff), repr(Stuff.NONE), repr(Stuff.AB), Stuff(0) is Stuff.NONE, repr(Stuff.A | Stuff.B),
      repr(Stuff.MOST))


class Kinds(Enum):
    A = 1
    _order_ = 'A B'
    B = 2


print(list(Kinds), sorted(Kinds, key=lambda k: k.name, reverse=True))
