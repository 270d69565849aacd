# super() zero-argument form in methods, classmethods, properties, staticmethod-free contexts
class Base:
    registry = []

    def __init__(self, v):
        self.v = v

    @classmethod
    def create(cls, v):
        Base.registry.append(cls.__name__)
        return cls(v)

    @property
    def value(self):
        return self.v

    @value.setter
    def value(self, nv):
        self.v = nv

    def describe(self):
        return f"Base({self.v})"

    def __repr__(self):
        return f"<{type(self).__name__} {self.v}>"


class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 10)
        return obj

    @property
    def value(self):
        return super().value + 1

    def describe(self):
        inner = lambda: super(Child, self).describe()
        return "Child/" + inner()

    def gen(self):
        yield super().describe()
        yield "done"

    def comp(self):
        return [super(Child, self).describe() for _ in range(2)]


c = Child.create(2)
print(c, Base.registry)
print(c.value, c.v)
print(c.describe())
print(list(c.gen()))
print(c.comp())


class Grand(Child):
    def describe(self):
        return "Grand/" + super().describe()

    def __init__(self, v):
        super().__init__(v)
        self.extra = True


g = Grand(7)
print(g.describe(), g.extra, g.value)


class NoArg:
    def method(self):
        def helper():
            return super()
        return helper


try:
    NoArg().method()()
except RuntimeError as e:
    print("RuntimeError:", e)


class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(Str("abc").upper())


class Dct(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


d = Dct()
d["a"] = 5
print(d["a"], dict.__getitem__(d, "a"))


class S2(Base):
    def __init__(self, v):
        __class__  # noqa: the implicit cell
        super().__init__(v)


print(S2(1).describe())
