# len() of every container and range() in all its forms.

print(len(""), len("abc"), len("é中😀"), len(b"ab"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({1: 2, 3: 4}), len(set()), len({1, 1, 2}), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0, -1)), len(range(5, 5)), len(range(-5)), len(frozenset("aab")))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(0)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(1, 2, 10)), list(range(5, 1)))
r = range(0, 100, 7)
print(r, r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], 21 in r, 22 in r, r.index(49), r.count(7))
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 10, 2)), str(range(0, -5, -1)))
print(sum(range(1, 1001)), max(range(50)), min(range(-10, 10)), sorted(range(5, 0, -2)))
print(list(reversed(range(5))), list(range(10 ** 20, 10 ** 20 + 3)), range(10 ** 20)[-1])
for i in range(3):
    print(i, end=" ")
print()
cases = [
    lambda: len(5),
    lambda: len(None),
    lambda: len(iter([])),
    lambda: range(1.5),
    lambda: range(1, 2, 0),
    lambda: range("a"),
    lambda: range(5)[10],
    lambda: range(5).index(7),
    lambda: len(range(2 ** 64)),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 1.5
for obj in (BadLen(), FloatLen()):
    try:
        len(obj)
    except Exception as e:
        print(type(e).__name__, e)
