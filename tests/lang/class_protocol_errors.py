# Wrong results from special methods and misuse of classes, with CPython's messages
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadInit:
    def __init__(self):
        return 5


class NoInit:
    pass


class BadIndex:
    def __index__(self):
        return "3"


class BadNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("next failed")


class BadLenBig:
    def __len__(self):
        return 2 ** 100


class BadFormat:
    def __format__(self, spec):
        return 1


class EqNoHash(int):
    def __eq__(self, other):
        return True


cases = [
    lambda: repr(BadRepr()),
    lambda: str(BadRepr()),
    lambda: str(BadStr()),
    lambda: f"{BadStr()}",
    lambda: print(BadStr()),
    lambda: BadInit(),
    lambda: NoInit(1),
    lambda: NoInit(x=1),
    lambda: [1, 2][BadIndex()],
    lambda: list(BadNext()),
    lambda: len(BadLenBig()),
    lambda: format(BadFormat(), ""),
    lambda: hash(EqNoHash(1)),
    lambda: NoInit()(),
    lambda: NoInit()[0],
    lambda: NoInit() + 1,
    lambda: NoInit() < NoInit(),
    lambda: -NoInit(),
    lambda: len(NoInit()),
    lambda: iter(NoInit()),
    lambda: object.__new__(int),
    lambda: int.__new__(NoInit),
    lambda: type.__call__(5),
    lambda: super(int, "s"),
    lambda: NoInit.__init__(),
]
for i, case in enumerate(cases):
    try:
        print(i, "ok", case())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
