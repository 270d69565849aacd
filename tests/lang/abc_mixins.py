# collections.abc mixins: a Sequence, a MutableMapping and a Set built from a few abstract methods
from collections.abc import Sequence, MutableMapping, Set, Iterator


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("squares index out of range")
        return i * i


sq = Squares(6)
print(list(sq), sq[-1], sq[1:4], 16 in sq, 15 in sq, sq.index(9), sq.count(4), list(reversed(sq)), len(sq))


class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"LowerDict({self._d})"


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld["a"], "b" in ld, ld.get("Z", 0), sorted(ld.keys()), list(ld.items()), list(ld.values()))
print(ld.pop("A"), ld.setdefault("d", 4), ld, ld == {"b": 2, "c": 3, "d": 4})
del ld["B"]
ld.update([("E", 5)])
print(ld, len(ld), ld.popitem(), ld)
ld.clear()
print(ld, bool(ld))


class Interval(Set):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __len__(self):
        return max(0, self.hi - self.lo)

    @classmethod
    def _from_iterable(cls, it):
        return set(it)


a, b = Interval(0, 5), Interval(3, 8)
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Interval(0, 10), a.isdisjoint(Interval(5, 9)))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))
try:
    class Incomplete(Sequence):
        pass
    Incomplete()
except TypeError as e:
    print(e)
