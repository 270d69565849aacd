# __class__, __name__, __qualname__, __dict__, __module__, __doc__, __slots__, __init_subclass__, __set_name__, class decorators
class Shape:
    """Base of all shapes."""
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls


class Circle(Shape, kind="round"):
    pass


class Square(Shape):
    """Four sides."""


print(sorted(Shape.registry), Circle.kind, Square.kind, Square.__doc__, Circle.__doc__)
print(Shape.__name__, Shape.__module__, Shape.__qualname__)
print("registry" in Shape.__dict__, "kind" in Circle.__dict__, "registry" in Circle.__dict__)
print(type(Shape.__dict__).__name__)


class Outer:
    class Inner:
        def method(self):
            pass

    def func(self):
        def local():
            pass
        return local


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().func().__qualname__)
print(Outer.Inner.__name__, Outer.func.__name__)

o = Outer()
print(o.__class__.__name__, o.__class__.__class__.__name__, type(Outer), type(type))


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name


class Model:
    a = Field()
    b = Field()


print(Model.a.name, Model.b.name, Model.a.owner)


def register(cls):
    cls.registered = True
    return cls


def with_repr(*fields):
    def deco(cls):
        def __repr__(self):
            vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({vals})"
        cls.__repr__ = __repr__
        return cls
    return deco


@register
@with_repr("x", "y")
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(P(1, "a"), P.registered)


def singleton(cls):
    instances = {}

    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v, Config(3) is Config(4))


class Slotted:
    __slots__ = ["a", "b"]


s = Slotted()
s.a = 1
print(s.a, Slotted.__slots__)


def f():
    "doc of f"


print(f.__doc__, f.__name__, f.__qualname__, f.__module__, (lambda: 0).__name__)
f.__doc__ = "changed"
print(f.__doc__)


class Dynamic:
    pass


Dynamic.method = lambda self: "added later"
print(Dynamic().method())
Dynamic.__name__ = "Renamed"
print(Dynamic.__name__, Dynamic.__qualname__)

T = type("T", (Shape,), {"x": 1, "__doc__": "made by type()"})
print(T.__name__, T.x, T.kind, T.__doc__, T.__bases__, T.__module__)
print(type(5), type("s"), type(None), type(int), type([]).__name__)


class A:
    def __init__(self):
        self.x = 1


a = A()
a.__dict__.update(y=2)
print(vars(a), vars(A)["__module__"])
a.__class__ = type("B", (A,), {})
print(type(a).__name__)
