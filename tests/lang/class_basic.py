# Classes: instance and class attributes, methods, __init__, __repr__/__str__
class Point:
    """A 2-D point."""
    dims = 2
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
q = Point(1)
print(p, q)
print(repr(p), [p, q])
print(p.norm2(), Point.norm2(q))
print(Point.count, p.count, Point.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
del p.dims
print(p.dims)
print(Point.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, p.__class__ is Point, type(p).__name__)
print(sorted(p.__dict__.items()))
p.__dict__["z"] = 9
print(p.z)
print(hasattr(p, "x"), hasattr(p, "w"), getattr(p, "w", "dflt"))
setattr(p, "w", 5)
print(p.w)
delattr(p, "w")
print(hasattr(p, "w"))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2.__name__, Point.norm2.__qualname__)


class Empty:
    pass


e = Empty()
print(type(e).__name__, Empty.__doc__, Empty.__bases__)
print(isinstance(e, object), Empty.__mro__)
e.a = 1
print(e.__dict__)


class Counter:
    total = []

    def add(self, v):
        self.total.append(v)   # shared class attribute


a, b = Counter(), Counter()
a.add(1)
b.add(2)
print(Counter.total, a.total is b.total)


def outer():
    class Inner:
        def meth(self):
            return 42
    return Inner


I = outer()
print(I.__qualname__, I().meth(), I.meth.__qualname__)


class WithClassBody:
    x = 10
    y = [x * i for i in range(3)] if False else 5
    z = x + 1


print(WithClassBody.y, WithClassBody.z)
print(Point(1, 2).__repr__(), str(Point(5, 6)))
print(object.__repr__(e).startswith("<__main__.Empty object at 0x"))
