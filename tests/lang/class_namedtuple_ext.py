# namedtuple: fields, defaults, _replace/_asdict/_make, subclassing with methods and properties
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([7, 8]))
print(p == (1, 2), hash(p) == hash((1, 2)), len(p), list(p), isinstance(p, tuple))
x, y = p
print(x + y, max(p), sorted([Point(2, 1), Point(1, 5)]))
Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True), Config._field_defaults)


class Vector(namedtuple("Vector", "x y z")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    @property
    def norm2(self):
        return sum(a * a for a in self)

    def __repr__(self):
        return f"<{self.x}, {self.y}, {self.z}>"


v = Vector(1, 2, 3)
print(v + Vector(1, 1, 1), v * 2, v.norm2, v._replace(z=0), type(v._replace(z=0)).__name__)
print(Vector._fields, v.count(2), v.index(3))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Bad", "x class")
except ValueError as e:
    print(e)
R = namedtuple("R", "a b", rename=True) if False else namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields)
