# super() in its forms: two-argument, in classmethods and staticmethods, __new__, __init_subclass__, properties, MRO walks
class Root:
    def __init__(self, **kw):
        self.trail = ["Root"]
        if kw:
            raise TypeError(f"unused {sorted(kw)}")

    @classmethod
    def build(cls):
        return f"Root.build({cls.__name__})"

    def who(self):
        return "Root"


class A(Root):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.trail.append(f"A({a})")

    def who(self):
        return "A>" + super().who()


class B(Root):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.trail.append(f"B({b})")

    def who(self):
        return "B>" + super().who()

    @classmethod
    def build(cls):
        return "B+" + super().build()


class C(A, B):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.trail.append("C")

    def who(self):
        return "C>" + super().who()


c = C(a=1, b=2)
print(c.trail, c.who(), C.build(), [k.__name__ for k in C.__mro__])
print(super(A, c).who(), super(B, c).who(), super(C, c).who())
print(super(C, C).build(), super(A, C).build())
try:
    C(z=9)
except TypeError as e:
    print(e)


class Interned:
    _cache = {}

    def __new__(cls, value):
        if value not in cls._cache:
            obj = super().__new__(cls)
            obj.value = value
            cls._cache[value] = obj
        return cls._cache[value]


print(Interned(1) is Interned(1), Interned(2).value)


class Plugin:
    plugins = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append(cls.__name__)


class P1(Plugin):
    pass


class P2(P1):
    pass


print(Plugin.plugins)


class Shape:
    @property
    def area(self):
        return 0

    @property
    def label(self):
        return f"{type(self).__name__} with area {self.area}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s ** 2 + super().area


class Loud(Square):
    @Square.label.getter
    def label(self):
        return super().label.upper()


print(Square(3).label, Loud(2).label)


class WithStatic:
    @staticmethod
    def helper():
        try:
            return super().__repr__()
        except RuntimeError as e:
            return f"RuntimeError: {e}"


print(WithStatic.helper())


def outside(self):
    return super().who()


try:
    outside(c)
except RuntimeError as e:
    print("RuntimeError:", e)
sup = super(C, c)
print(type(sup).__name__, sup.__thisclass__.__name__ if hasattr(sup, "__thisclass__") else "C")
try:
    super(C, 5)
except TypeError as e:
    print(e)
