# enum: data types mixed in (str, float, tuple), None values, IntFlag with auto
from enum import Enum, IntEnum, IntFlag, EnumType, auto
class Color(Enum):
    RED = 1
    NONE = None
class Other(Enum):
    RED = 1
print(Color.RED in Other, Color.NONE, Color(None), bool(Color.RED), type(Color.__members__).__name__)
class X(str, Enum):
    A = 'a'
print(repr(X.A), str(X.A), format(X.A), f'{X.A}', X.A == 'a', X('a'))
class N(IntEnum):
    A = auto(); B = auto()
print(list(N), N.A.name, N.B._value_)
class F(IntFlag):
    A = auto(); B = auto()
print(list(F), F.A | F.B, repr(F(3)), F(3) in F, F.A in F, repr(F.A | F.B | F(0)))
print(Color.RED.__class__.__name__, Enum.__name__, isinstance(Color, EnumType), isinstance(Color, type))
print([m for m in reversed(F)], sorted(N, reverse=True), Color['NONE'])
print(repr(~F(0)), repr(F.A & 0), repr(F(0) | 2))
class Temp(float, Enum):
    HOT = 40.5
print(repr(Temp.HOT), str(Temp.HOT), Temp.HOT + 1)
class Tup(tuple, Enum):
    P = (1, 2)
print(repr(Tup.P), Tup.P[0])
print(repr(auto()), Color.RED.__eq__(Color.RED), hash(Color.RED) == hash(Color.RED))
