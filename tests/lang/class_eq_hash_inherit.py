# __eq__ and __hash__ through inheritance: defining __eq__ clears the inherited __hash__, unless restated
class Base:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return type(o) is type(self) and self.k == o.k

    def __hash__(self):
        return hash(self.k)


class KeepsHash(Base):
    pass


class OverridesEq(Base):
    def __eq__(self, o):
        return isinstance(o, Base) and self.k == o.k


class RestatesHash(OverridesEq):
    __hash__ = Base.__hash__


class OnlyHash:
    def __hash__(self):
        return 7


print(hash(KeepsHash(1)) == hash(1), KeepsHash.__hash__ is Base.__hash__)
print(OverridesEq.__hash__)
try:
    {OverridesEq(1)}
except TypeError as e:
    print(e)
print(hash(RestatesHash(2)) == hash(2), len({RestatesHash(2), RestatesHash(2)}))
print(hash(OnlyHash()), OnlyHash() == OnlyHash(), len({OnlyHash(), OnlyHash()}))
print(Base(1) == KeepsHash(1), OverridesEq(1) == Base(1), Base(1) == OverridesEq(1))


class IntLike(int):
    def __eq__(self, o):
        return int(self) == int(o)


try:
    hash(IntLike(3))
except TypeError as e:
    print(e)


class IntLikeHashed(int):
    def __eq__(self, o):
        return int(self) == int(o)

    __hash__ = int.__hash__


print(hash(IntLikeHashed(3)), {IntLikeHashed(3): "x"}[3])


class Mutable:
    __hash__ = None


print(isinstance(Mutable(), object), Mutable.__hash__, hasattr(Mutable, "__eq__"))
d = {}
try:
    d[Mutable()] = 1
except TypeError as e:
    print(e)
