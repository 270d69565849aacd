# Truth values of built-in and user objects in if, while, and/or, not, bool(), any/all, filter
values = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, True, False,
          range(0), range(1), b"", b"\x00", frozenset()]
print([bool(v) for v in values])
print([v for v in values if v] == list(filter(None, values)))


class Named:
    def __repr__(self):
        return type(self).__name__


class Empty(Named):
    def __len__(self):
        return 0


class Full(Named):
    def __len__(self):
        return 3


class Falsy(Named):
    def __bool__(self):
        return False

    def __len__(self):
        return 99


class Plain(Named):
    pass


for obj in (Empty(), Full(), Falsy(), Plain()):
    print(type(obj).__name__, bool(obj), not obj, "yes" if obj else "no", obj and "and-right", obj or "or-right")
print(0 or "" or [] or "last", 1 and "a" and [1] and "end", None or 0, "x" and 0)
print(any([]), any([0, ""]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]))
n = 3
while n:
    n -= 1
print(n, not None, not not "x", (not 1) == False)
x = []
print(x or "default", x and x[0])
