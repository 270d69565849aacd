# __len__, __bool__, __getitem__/__setitem__/__delitem__, __contains__, __iter__/__next__, __reversed__
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Bag(self.items[i])
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        print("  contains", v)
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return iter(self.items[::-1])

    def __repr__(self):
        return f"Bag({self.items})"


b = Bag([3, 1, 4, 1, 5])
print(len(b), bool(b), bool(Bag()), b[0], b[-1], b[1:3], b[::2])
b[0] = 9
del b[1]
print(b, 4 in b, 7 not in b)
print(list(b), sorted(b), list(reversed(b)), sum(b), max(b))
print([x * 2 for x in b], tuple(b), set(b) == {9, 4, 1, 5})
if not Bag():
    print("empty bag is falsy")


class Seq:
    """Old-style iteration through __getitem__ until IndexError."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


s = Seq()
print(list(s), 9 in s, 5 in s, list(reversed([*s])))
it = iter(s)
print(next(it), next(it), type(it).__name__)
a, b2, *rest = Seq()
print(a, b2, rest)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)))
c = Countdown(2)
for v in c:
    print("got", v)
print(next(c, "exhausted"))
print(dict(zip(Countdown(3), "abc")))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool called")
        return self.v


print(bool(Truthy(True)), not Truthy(False), "yes" if Truthy(True) else "no")
print(Truthy(False) or "fallback")


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), len(LenOnly()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print(e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print(e)


class NoIter:
    pass


try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
try:
    len(NoIter())
except TypeError as e:
    print(e)
try:
    NoIter()[0]
except TypeError as e:
    print(e)
try:
    NoIter()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoIter()[0]
except TypeError as e:
    print(e)
try:
    3 in NoIter()
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print(e)


class Mapping:
    def __getitem__(self, k):
        return k.upper()

    def keys(self):
        return ["a", "b"]


print(dict(Mapping()), {**Mapping()})


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abcd"[Idx()], range(10)[Idx()], bin(Idx()), [0, 1, 2, 3][Idx():])
