# enum: Flag, IntFlag, StrEnum, ReprEnum, FlagBoundary and the functional API
from enum import (Enum, IntEnum, Flag, IntFlag, StrEnum, ReprEnum, auto,
                  STRICT, CONFORM, EJECT, KEEP, FlagBoundary)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6


print(list(Perm), len(Perm), list(Perm.__members__), repr(Perm))
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, rw.name)
rx = Perm.R | Perm.X
print(repr(rx), str(rx), rx.name, format(rx), rx is (Perm.X | Perm.R))
print(repr(~Perm.R), repr(Perm(0)), str(Perm(0)), Perm(0).name)
print(bool(Perm(0)), bool(Perm.R), repr(Perm.R ^ Perm.RW), repr(Perm.R & Perm.W))
print(Perm.R in rw, Perm.X in rw, list(rw), len(rw), list(Perm(7)))
print(repr(Perm(7)), repr(~Perm(7)), Perm(6) is Perm.RW, hash(rx) == hash(rx))
for bad in (8, 100, 'a'):
    try:
        Perm(bad)
    except ValueError as e:
        print('ValueError:', repr(str(e)))
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()


print(list(Auto), [m.value for m in Auto], repr(Auto.A | Auto.C), repr(~Auto.A))


class Gap(Flag):
    A = 1
    C = 4


print(repr(~Gap.A), list(Gap(5)), repr(Gap(5)))


class Bits(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Bits), repr(Bits.R | Bits.W), str(Bits.R | Bits.W), format(Bits.R | Bits.W))
print(repr(Bits(8)), repr(Bits(12)), str(Bits(12)), repr(Bits.R | 8), repr(~Bits.R))
print(repr(Bits.R + 1), Bits.R | 1, repr(Bits.R | 1), repr(1 | Bits.R), repr(Bits(0)))
print(repr(Bits.R & 6), repr(Bits.R ^ 5), type(Bits.R + 1), Bits.R == 4, {4: 'x'}[Bits.R])
print(Bits(8).name, Bits(12).name, repr(~Bits(12)), Bits.W in (Bits.R | Bits.W))
print(isinstance(Bits.R, int), Bits.R < 5, f'{Bits.X:03d}', Bits.R << 1)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), repr(Eject(3)), repr(STRICT), KEEP)
print(list(FlagBoundary))


class Fruit(StrEnum):
    APPLE = auto()
    PEAR = 'pear'
    PLUM = auto()


print(repr(Fruit.APPLE), str(Fruit.APPLE), Fruit.APPLE == 'apple', format(Fruit.PEAR))
print(Fruit.PEAR.upper(), f'{Fruit.PLUM}', Fruit('pear'), list(Fruit), isinstance(Fruit.PEAR, str))
print('-'.join(Fruit), Fruit.APPLE + '!', {'pear': 1}[Fruit.PEAR])
try:
    class Wrong(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)


class Celsius(float, ReprEnum):
    BOIL = 100.0
    FREEZE = 0.0


print(repr(Celsius.BOIL), str(Celsius.BOIL), format(Celsius.FREEZE, '.1f'), Celsius.BOIL / 4)

Color = Enum('Color', 'RED GREEN BLUE')
print(repr(Color), list(Color), Color(2), Color['BLUE'].value)
Comma = Enum('Comma', 'a, b,c')
print(list(Comma))
Pairs = Enum('Pairs', [('x', 5), ('y', 6)])
print(list(Pairs), Pairs(6))
Mapped = Enum('Mapped', {'x': 'q', 'y': 'r'})
print(list(Mapped), Mapped('r'))
Nums = IntEnum('Nums', ['p', 'q'])
print(list(Nums), Nums.q + 1, repr(Nums))
Started = Enum('Started', 'a b', start=10)
print(list(Started))
Opts = Flag('Opts', 'A B C')
print(list(Opts), repr(Opts.A | Opts.C), repr(Opts))
Named = IntFlag('Named', 'A B')
print(repr(Named.A | Named.B | 4))
