# Subclassing list, dict, Exception, int, str, tuple (a namedtuple by hand), float
class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s[0], s[1:], type(s[1:]).__name__)
print(isinstance(s, list), type(s).__name__, s == [1, 2, 3], sorted(Stack([3, 1, 2])))
s.extend("ab")
s += [9]
print(s, type(s).__name__, list(reversed(s)))
print(Stack() == [], bool(Stack()), [x for x in Stack([5, 6])])


class DefaultDict(dict):
    def __init__(self, default, *a, **kw):
        super().__init__(*a, **kw)
        self.default = default

    def __missing__(self, key):
        self[key] = self.default()
        return self[key]


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"), sorted(dd.keys()))
print(isinstance(dd, dict), dict(dd), dd.default)


class Counter(dict):
    def __missing__(self, k):
        return 0


c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["z"])


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class NotFound(AppError):
    pass


try:
    raise NotFound(404, "missing")
except AppError as e:
    print(e, repr(e), e.code, e.args, type(e).__mro__[1:3])


class Plain(Exception):
    pass


print(repr(Plain()), repr(Plain(1, 2)), str(Plain("x")), Plain("a", "b").args)


class Money(int):
    def __new__(cls, v, cur="EUR"):
        obj = super().__new__(cls, v)
        obj.cur = cur
        return obj

    def __repr__(self):
        return f"{int(self)} {self.cur}"

    def __add__(self, o):
        return Money(int(self) + int(o), self.cur)


m = Money(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5), isinstance(m, int))
print(Money(7, "USD") + Money(1), [10, 20, 30][Money(1)], f"{m:03d}", str(Money(2)))


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

    def shout(self):
        return self + "!"


u = Upper("hi")
print(u, repr(u), u.shout(), type(u.shout()).__name__, u.lower(), len(u), u == "HI", {u: 1}["HI"])


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))


p = Point(1, 2)
x, y = p
print(p, x, y, p.x, p[1], len(p), p == (1, 2), p._replace(y=5), tuple(p), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5)]), isinstance(p, tuple))


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}C"


print(Celsius(21.456), Celsius(3) + 1, type(Celsius(3) + 1).__name__)


class MySet(set):
    pass


ms = MySet([1, 2, 2])
print(sorted(ms), len(ms), type(ms).__name__, ms | {3} == {1, 2, 3})


class AutoList(list):
    def __init__(self, *args):
        super().__init__(args)


print(AutoList(1, 2, 3))
