# Rich comparisons, reflection, total ordering by hand, __eq__/__hash__ interplay
class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        return self == o or self < o

    def __gt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts > o.parts

    def __ge__(self, o):
        return not self < o

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b, c = Ver(1, 2), Ver(1, 10), Ver(1, 2)
print(a == c, a != c, a < b, a <= c, b > a, b >= a, a > b)
print(sorted([b, a, Ver(0, 9)]), max(a, b), min([b, a]))
print(a == 1, a != "x", 1 == a)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    1 >= a
except TypeError as e:
    print(e)
print(Ver(1) < Ver(2) < Ver(3), Ver(1) < Ver(3) < Ver(2))


class Logged:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        print(f"  {self.n}.__eq__({getattr(o, 'n', o)})")
        return NotImplemented

    def __lt__(self, o):
        print(f"  {self.n}.__lt__({o.n})")
        return NotImplemented

    def __gt__(self, o):
        print(f"  {self.n}.__gt__({o.n})")
        return NotImplemented


x, y = Logged("x"), Logged("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print(e)
print(x == x, x != x)


class SubLogged(Logged):
    def __eq__(self, o):
        print(f"  sub {self.n}.__eq__")
        return True


print(x == SubLogged("s"))

# eq without hash makes instances unhashable
class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return f"Key({self.k!r})"


d = {Key("Abc"): 1}
d[Key("ABC")] = 2
print(d, Key("aBc") in d, len({Key("x"), Key("X"), Key("y")}))


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])


class HashNone:
    __hash__ = None


try:
    hash(HashNone())
except TypeError as e:
    print(e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print(e)


class InheritEq(Key):
    pass


print(hash(InheritEq("q")) == hash("q"), InheritEq("Q") == Key("q"))


class NeFromEq:
    def __eq__(self, o):
        return "eq-result"


print(NeFromEq() != 1, NeFromEq() == 1)
print([1, Ver(1)] == [1, Ver(1)], (Ver(2),) < (Ver(3),), Ver(2) in [Ver(1), Ver(2)])
