# Argument errors for methods, constructors, classmethods, staticmethods, lambdas and builtins, with CPython's text
class Shape:
    def __init__(self, width, height=1, *, unit="cm"):
        self.width = width

    def scale(self, factor):
        return self.width * factor

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @staticmethod
    def info(a, /, b):
        return a, b

    def __call__(self, x):
        return x


s = Shape(2)
cases = [
    lambda: Shape(),
    lambda: Shape(1, 2, 3),
    lambda: Shape(1, units="m"),
    lambda: Shape(1, width=2),
    lambda: Shape(1, 2, "mm"),
    lambda: s.scale(),
    lambda: s.scale(1, 2),
    lambda: Shape.scale(2),
    lambda: s.scale(factor=1, extra=2),
    lambda: Shape.square(),
    lambda: Shape.square(1, 2),
    lambda: Shape.info(1, 2, 3),
    lambda: Shape.info(a=1, b=2),
    lambda: s(),
    lambda: s(1, 2),
    lambda: (lambda a, b=2, *c, d, **e: 0)(1),
    lambda: (lambda: 0)(1, 2),
    lambda: (lambda *, a: 0)(),
    lambda: (lambda a, /: 0)(a=1),
    lambda: len(),
    lambda: len([], []),
    lambda: isinstance(1),
    lambda: "abc".split(",", 1, 2),
    lambda: [].insert(1),
    lambda: {}.get(1, 2, 3),
    lambda: sorted([], key=len, cmp=None),
    lambda: dict.fromkeys(),
    lambda: int(x=5),
    lambda: print(flush=1, bad=2),
    lambda: object.__init__(s, 1) if False else Shape.__init__(),
    lambda: super(),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
    except RuntimeError as e:
        print(i, "RuntimeError:", e)
