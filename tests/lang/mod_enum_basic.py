# enum: Enum, IntEnum, auto, unique and the class-level operations
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color(Color.RED) is Color.RED)
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), list(reversed(Color)))
print(repr(Color), str(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, type(Color.RED) is Color, isinstance(Color.GREEN, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(format(Color.RED), '{:>12}|'.format(Color.GREEN), f'{Color.BLUE}')
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', repr(e))
try:
    Color('x')
except ValueError as e:
    print('ValueError:', e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = 10
    POINT = auto()

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @property
    def big(self):
        return self.value > 5

    @classmethod
    def first(cls):
        return list(cls)[0]


print([m.value for m in Shape], Shape.CIRCLE.describe(), Shape.POINT.big)
print(Shape.first(), Shape.SQUARE.big)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
print(Planet((3.303e+23, 2.4397e6)), repr(Planet.MERCURY))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Lower), Lower('south1'))


class Fallback(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Fallback('b'), Fallback(1))
try:
    Fallback(5)
except ValueError as e:
    print('ValueError:', e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Bad(3)
except TypeError as e:
    print('TypeError:', e, repr(e.__context__))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))


class Base(Enum):
    def shout(self):
        return self.name + '!'


class Sub(Base):
    P = 1
    Q = 2


print(Sub.Q.shout(), list(Sub))
try:
    class More(Sub):
        R = 3
except TypeError as e:
    print('TypeError:', e)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.TWO, repr(Number.TWO), str(Number.TWO), format(Number.TWO),
      f'{Number.THREE:>4}|', '%d' % Number.ONE)
print(Number.ONE + Number.TWO, Number.THREE * 2, Number.TWO < 3,
      Number.ONE == 1, {1: 'one'}[Number.ONE], sorted([Number.THREE, 1, Number.TWO]))
print(Number(3), Number(2) is Number.TWO, isinstance(Number.ONE, int),
      hash(Number.TWO) == hash(2), int(Number.THREE), list(range(Number.TWO)))


class Mixed(int, Enum):
    A = 1


print(str(Mixed.A), format(Mixed.A), repr(Mixed.A), Mixed.A + 1)


class Attrs(Enum):
    X = 'x'
    __dunder__ = 6

    def method(self):
        return 1


print(list(Attrs), Attrs.__dunder__, Attrs.X.method())
print([c.name for c in Color], sorted(Shape, key=lambda m: -m.value)[0], dict.fromkeys(Fine))
